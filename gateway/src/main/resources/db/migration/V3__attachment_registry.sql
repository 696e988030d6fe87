-- Attachments uploaded through the gateway: who uploaded what, where it went, size and type.
CREATE SEQUENCE attachment_record_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE attachment_record (
    id              BIGINT                   NOT NULL,
    attachment_id   VARCHAR(100)             NOT NULL,
    conversation_id VARCHAR(100),
    filename        VARCHAR(255)             NOT NULL,
    content_type    VARCHAR(150)             NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    file_url        VARCHAR(2048)            NOT NULL,
    attachment_type VARCHAR(20),
    uploaded_by     VARCHAR(200)             NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attachment_record_pk PRIMARY KEY (id)
);

CREATE INDEX attachment_record_conversation ON attachment_record (conversation_id, id);
