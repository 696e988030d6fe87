-- What admins asked MaiAgent from the console, so that their tests can be left out of the customers' figures:
-- the conversations that are the admins' own (an ask's test conversation, or one started on a web chat from the
-- console) and the SHA-256 of each question they sent (a chatbot record names no conversation, only its question
-- and time; the question itself is not kept).
CREATE TABLE console_test_ask (
    id                VARCHAR(36)              NOT NULL,
    admin             VARCHAR(200)             NOT NULL,
    question_sha256   VARCHAR(64),
    conversation_id   VARCHAR(64),
    test_conversation BOOLEAN                  NOT NULL,
    asked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_test_ask_pk PRIMARY KEY (id)
);

CREATE INDEX console_test_ask_conversation ON console_test_ask (conversation_id);
CREATE INDEX console_test_ask_question ON console_test_ask (question_sha256);
