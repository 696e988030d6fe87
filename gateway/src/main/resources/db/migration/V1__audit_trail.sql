-- (db/migration/flyway.location, an empty file, lets Flyway find this folder inside a WAR on Liberty.)
-- The audit trail: every write action from the console or the API.
-- Portable SQL: H2 (dev, test, WildFly's default) and PostgreSQL (production).
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_entry (
    id          BIGINT                   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    action      VARCHAR(100)             NOT NULL,
    target      VARCHAR(500),
    outcome     VARCHAR(20)              NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT audit_entry_pk PRIMARY KEY (id)
);

CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
