package com.maiagentgateway.model;

/** An upload the gateway will not pass on: why, and what would be accepted. */
public class RejectedUpload extends RuntimeException {

    /** Why an upload is refused. */
    public enum Reason { NO_FILE, BAD_NAME, TYPE_NOT_ALLOWED, CONTENT_MISMATCH, TOO_LARGE, MALFORMED, STALLED }

    private final Reason reason;

    public RejectedUpload(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
