-- Who is told when something needs an operator: an e-mail address, or a URL that receives a signed JSON body
-- (the HMAC-SHA256 secret is the gateway's, shown to the administrator once, kept to sign each body).
CREATE SEQUENCE alert_recipient_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE alert_recipient (
    id             BIGINT                   NOT NULL,
    kind           VARCHAR(10)              NOT NULL,
    address        VARCHAR(500)             NOT NULL,
    signing_secret VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(200)             NOT NULL,
    CONSTRAINT alert_recipient_pk PRIMARY KEY (id)
);

-- The levels that raise alerts: one row (id 1), written when an administrator changes them; none: the configured defaults.
CREATE TABLE alert_settings (
    id                 INTEGER                  NOT NULL,
    quota_levels       VARCHAR(50)              NOT NULL,
    error_rate_percent INTEGER                  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alert_settings_pk PRIMARY KEY (id)
);

-- Every alert raised. `alert_key` names the occurrence (an application's quota level in one window, the breaker in one
-- five minutes, one key's expiry): the first node to insert it raises the alert, the others meet the unique key, so the
-- cluster tells each occurrence once whichever nodes saw it.
CREATE SEQUENCE alert_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE alert (
    id        BIGINT                   NOT NULL,
    alert_key VARCHAR(300)             NOT NULL,
    kind      VARCHAR(20)              NOT NULL,
    subject   VARCHAR(300)             NOT NULL,
    detail    VARCHAR(2000)            NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    node      VARCHAR(200)             NOT NULL,
    CONSTRAINT alert_pk PRIMARY KEY (id),
    CONSTRAINT alert_key_once UNIQUE (alert_key)
);

CREATE INDEX alert_raised ON alert (raised_at);

-- One alert to one recipient: pending until sent, tried again later (backing off) while the recipient fails. A node
-- claims a due row for a minute before sending, so two nodes never send the same one.
CREATE SEQUENCE alert_delivery_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE alert_delivery (
    id              BIGINT                   NOT NULL,
    alert_id        BIGINT                   NOT NULL,
    recipient_id    BIGINT                   NOT NULL,
    recipient       VARCHAR(500)             NOT NULL,
    state           VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP WITH TIME ZONE,
    sent_by         VARCHAR(200),
    CONSTRAINT alert_delivery_pk PRIMARY KEY (id),
    CONSTRAINT alert_delivery_alert FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE
);

CREATE INDEX alert_delivery_due ON alert_delivery (state, next_attempt_at);
CREATE INDEX alert_delivery_of ON alert_delivery (alert_id);
