package com.maiagentgateway.model;

/** What an alert is about; its name, lower-cased with dashes, is the kind in the history, e-mails and webhook bodies. */
public enum AlertKind {
    /** An application's use of a quota reached a level (80% and 100% by default) in its window. */
    QUOTA,
    /** A circuit breaker refused a call: MaiAgent failed repeatedly and the gateway pauses calls to it. */
    BREAKER,
    /** More of the last five minutes' calls to MaiAgent failed than the level allows. */
    ERROR_RATE,
    /** A key stops being accepted within a week. */
    KEY_EXPIRY,
    /** An administrator's test. */
    TEST;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
