-- When a key stops being accepted (401 key-expired). NULL: never; keys issued before expiry existed keep working
-- until an administrator rotates them.
ALTER TABLE client_key ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
