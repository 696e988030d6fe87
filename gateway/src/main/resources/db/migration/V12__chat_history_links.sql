-- The OpenAI-compatible API is stateless: a client resends the whole history each turn. Each answered turn
-- records the SHA-256 of its caller, chatbot and history so far (the answer included) with the MaiAgent
-- conversation it was in; the next turn, whose history before its new message is exactly that, continues there,
-- on any node.
CREATE TABLE chat_history_link (
    history_hash    VARCHAR(64)              NOT NULL,
    conversation_id VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_history_link_pk PRIMARY KEY (history_hash)
);

CREATE INDEX chat_history_link_created_at ON chat_history_link (created_at);
