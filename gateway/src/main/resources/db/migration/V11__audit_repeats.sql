-- Refused sign-ins repeat: one row per account, address, outcome and window counts them (service/AuditTrail.recordRepeat),
-- so that guessing cannot fill the trail.
ALTER TABLE audit_entry ADD COLUMN times INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_entry ADD COLUMN last_occurred_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_entry ADD COLUMN repeat_key VARCHAR(700);
CREATE INDEX audit_entry_repeat_key ON audit_entry (repeat_key, occurred_at);
