-- Failed sign-ins, counted per subject ("account:<name>", "source:<address>", "pair:<name>@<address>") in a
-- window, in the shared database so that the throttle holds across every node.
CREATE TABLE sign_in_failure (
    subject      VARCHAR(400)             NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    failures     INTEGER                  NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (subject)
);
