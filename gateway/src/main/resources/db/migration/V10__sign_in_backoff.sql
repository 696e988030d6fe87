-- Sign-in delays grow from the last failure (security/SignInBackoff), and counts are forgotten a window after it.
ALTER TABLE sign_in_failure ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
UPDATE sign_in_failure SET last_failure_at = window_start;
ALTER TABLE sign_in_failure ALTER COLUMN last_failure_at SET NOT NULL;
