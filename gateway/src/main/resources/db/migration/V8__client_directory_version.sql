-- Moved by every change to client applications or their keys, in the change's own transaction: each node
-- polls this one row and reads the keys again only when it moved.
CREATE TABLE client_directory_version (
    id      INTEGER NOT NULL,
    version BIGINT  NOT NULL,
    CONSTRAINT client_directory_version_pk PRIMARY KEY (id)
);
INSERT INTO client_directory_version (id, version) VALUES (1, 0);
