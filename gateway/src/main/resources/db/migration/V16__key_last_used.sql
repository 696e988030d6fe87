-- When a key was last accepted, as the nodes flush it (every few seconds, with the usage counts); NULL: never used.
-- Writing it does not move the key directory's version: the nodes' copies of the keys need not be read again for it.
ALTER TABLE client_key ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
