-- Every delivery MaiAgent made to the webhook receiver (past its secret: an unauthenticated request is nobody's
-- delivery, and rows for it would let anyone fill the table): when, which node took it, what became of it.
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE webhook_delivery (
    id              BIGINT                   NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    node            VARCHAR(200)             NOT NULL,
    outcome         VARCHAR(20)              NOT NULL,
    reason          VARCHAR(300),
    conversation_id VARCHAR(100),
    message_id      VARCHAR(100),
    reply_id        BIGINT,
    trace_id        VARCHAR(32),
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (id)
);

CREATE INDEX webhook_delivery_conversation ON webhook_delivery (conversation_id, id);
CREATE INDEX webhook_delivery_received ON webhook_delivery (received_at);

-- Each push of a stored reply to the listeners open on one node (API streams, console feeds): how many it reached.
-- A row per node, written by that node: no node waits for another's count. `again`: an administrator's push again.
CREATE SEQUENCE webhook_push_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE webhook_push (
    id        BIGINT                   NOT NULL,
    reply_id  BIGINT                   NOT NULL,
    node      VARCHAR(200)             NOT NULL,
    listeners INTEGER                  NOT NULL,
    again     BOOLEAN                  NOT NULL,
    pushed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhook_push_pk PRIMARY KEY (id)
);

CREATE INDEX webhook_push_reply ON webhook_push (reply_id);
