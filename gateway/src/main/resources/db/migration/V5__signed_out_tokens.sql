-- Sign-in tokens ended by signing out, by their SHA-256, until they would have expired anyway: every node
-- refuses them (a server's own list of signed-out tokens is that server's only).
CREATE TABLE signed_out_token (
    token_hash VARCHAR(64)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signed_out_token_pk PRIMARY KEY (token_hash)
);

CREATE INDEX signed_out_token_expires_at ON signed_out_token (expires_at);
