-- Replies MaiAgent delivered by webhook; unique on MaiAgent's message id so a repeated delivery stores nothing.
CREATE SEQUENCE webhook_reply_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE webhook_reply (
    id              BIGINT                   NOT NULL,
    message_id      VARCHAR(100)             NOT NULL,
    conversation_id VARCHAR(100)             NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    message_json    TEXT                     NOT NULL,
    CONSTRAINT webhook_reply_pk PRIMARY KEY (id),
    CONSTRAINT webhook_reply_message_unique UNIQUE (message_id)
);

CREATE INDEX webhook_reply_conversation ON webhook_reply (conversation_id, id);
