-- Messages per day per inbox, which MaiAgent's API does not give (a conversation carries no message count):
-- the gateway counts them from the message listings, one conversation at a time, into these tables.

-- How far each conversation's messages are counted (epoch ms of the newest one counted). A node moves it
-- only from the value it read, in the same transaction as the counts it adds, so no message counts twice.
CREATE TABLE conversation_message_tally (
    conversation_id VARCHAR(100) NOT NULL,
    inbox_id        VARCHAR(100) NOT NULL,
    counted_through BIGINT       NOT NULL,
    CONSTRAINT conversation_message_tally_pk PRIMARY KEY (conversation_id)
);

-- Messages per inbox and day (the gateway's time zone).
CREATE TABLE inbox_message_day (
    inbox_id    VARCHAR(100) NOT NULL,
    message_day DATE         NOT NULL,
    messages    BIGINT       NOT NULL,
    CONSTRAINT inbox_message_day_pk PRIMARY KEY (inbox_id, message_day)
);

-- One count of an inbox at a time across nodes: a node claims the inbox by moving claimed_at (epoch ms)
-- from the value it read; counted_at is when its last count finished.
CREATE TABLE inbox_message_count (
    inbox_id   VARCHAR(100) NOT NULL,
    claimed_at BIGINT       NOT NULL,
    counted_at BIGINT,
    CONSTRAINT inbox_message_count_pk PRIMARY KEY (inbox_id)
);
