-- The console's sign-ins, by the SHA-256 of their random token, in the shared database: every node knows
-- them, and signing out deletes the row, so the token then opens nothing anywhere. They replace the list
-- of signed-out server tokens, which the console no longer uses.
CREATE TABLE console_session (
    token_hash   VARCHAR(64)              NOT NULL,
    caller       VARCHAR(200)             NOT NULL,
    realm        VARCHAR(200),
    signed_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_session_pk PRIMARY KEY (token_hash)
);

CREATE INDEX console_session_expires_at ON console_session (expires_at);

DROP TABLE signed_out_token;
