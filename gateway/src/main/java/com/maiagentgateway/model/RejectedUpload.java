package com.maiagentgateway.model;

/** An upload the gateway will not pass on: why, and what would be accepted. */
public class RejectedUpload extends RuntimeException {

    /** Why an upload is refused. */
    public enum Reason { NO_FILE, BAD_NAME, TYPE_NOT_ALLOWED, CONTENT_MISMATCH, TOO_LARGE, MALFORMED, STALLED }

    private final Reason reason;
    private final java.util.List<String> arguments;

    public RejectedUpload(Reason reason, String detail) {
        this(reason, detail, java.util.List.of());
    }

    /** {@code arguments}: what the detail names (a type, a size), for saying it again in another language. */
    public RejectedUpload(Reason reason, String detail, java.util.List<String> arguments) {
        super(detail, null, false, false);
        this.reason = reason;
        this.arguments = java.util.List.copyOf(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public java.util.List<String> arguments() {
        return arguments;
    }
}
