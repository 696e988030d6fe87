package com.maiagentgateway.notify;

/** A recipient did not take an alert: why, in words an operator can act on (no secret in them). */
public class NotDelivered extends Exception {

    private static final long serialVersionUID = 1L;

    public NotDelivered(String reason) {
        super(reason);
    }

    public NotDelivered(String reason, Throwable cause) {
        super(reason, cause);
    }
}
