CREATE SEQUENCE client_application_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE client_key_seq START WITH 1 INCREMENT BY 1;

-- The applications that call the API with keys the gateway issued: their scopes, quotas and status.
CREATE TABLE client_application (
    id                    BIGINT                   NOT NULL,
    name                  VARCHAR(64)              NOT NULL,
    owner                 VARCHAR(200)             NOT NULL,
    contact               VARCHAR(200)             NOT NULL,
    chatbots              VARCHAR(4000),            -- chatbot ids, comma-separated; NULL: every chatbot
    operations            VARCHAR(200)             NOT NULL,
    requests_per_minute   INTEGER,
    completions_per_day   INTEGER,
    upload_bytes_per_day  BIGINT,
    status                VARCHAR(20)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT client_application_pk PRIMARY KEY (id),
    CONSTRAINT client_application_name_uq UNIQUE (name)
);

-- Their keys, by SHA-256 only (a key is 256 random bits, so a fast hash is enough); the prefix names a key in
-- lists and logs. A revoked key stays, so that its use can be told apart from a wrong key.
CREATE TABLE client_key (
    id             BIGINT                   NOT NULL,
    application_id BIGINT                   NOT NULL,
    prefix         VARCHAR(16)              NOT NULL,
    key_hash       VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT client_key_pk PRIMARY KEY (id),
    CONSTRAINT client_key_prefix_uq UNIQUE (prefix),
    CONSTRAINT client_key_hash_uq UNIQUE (key_hash),
    CONSTRAINT client_key_application_fk FOREIGN KEY (application_id) REFERENCES client_application (id) ON DELETE CASCADE
);

-- What each application has used of each quota in its current window; a conditional UPDATE of one row takes
-- from it, so the limit holds across every node.
CREATE TABLE client_quota_use (
    application_id BIGINT                   NOT NULL,
    quota          VARCHAR(20) NOT NULL,
    window_start   BIGINT      NOT NULL, -- epoch second the window began
    used           BIGINT      NOT NULL,
    CONSTRAINT client_quota_use_pk PRIMARY KEY (application_id, quota, window_start)
);

-- Usage per caller, UTC day, operation and chatbot ('' when the call names none). Every column adds up:
-- each node adds what it counted since its last flush.
CREATE TABLE client_usage (
    caller          VARCHAR(80)  NOT NULL,
    usage_day       DATE         NOT NULL,
    operation       VARCHAR(20)  NOT NULL,
    chatbot         VARCHAR(64)  NOT NULL,
    calls           BIGINT       NOT NULL,
    completions     BIGINT       NOT NULL,
    streamed        BIGINT       NOT NULL,
    refused         BIGINT       NOT NULL,
    upstream_errors BIGINT       NOT NULL,
    upload_bytes    BIGINT       NOT NULL,
    CONSTRAINT client_usage_pk PRIMARY KEY (caller, usage_day, operation, chatbot)
);

-- Latency and time to first token as histograms (calls per bucket, by upper bound in ms), which add up across
-- nodes as counts do; p50 and p95 are read from them.
CREATE TABLE client_usage_timing (
    caller    VARCHAR(80) NOT NULL,
    usage_day DATE        NOT NULL,
    operation VARCHAR(20) NOT NULL,
    chatbot   VARCHAR(64) NOT NULL,
    measure   VARCHAR(20) NOT NULL,
    bucket_ms INTEGER     NOT NULL,
    calls     BIGINT      NOT NULL,
    CONSTRAINT client_usage_timing_pk PRIMARY KEY (caller, usage_day, operation, chatbot, measure, bucket_ms)
);
