package com.maiagentgateway.client;

import java.util.List;

/**
 * The gateway refused or failed a call: its RFC 9457 problem. {@code type} is stable per kind of problem (branch on it,
 * for example {@code urn:maiagent-gateway:problem:quota-exhausted}); {@code detail} is for people; {@code retryAfterSeconds}
 * is the wait a 429 or 503 asked for, or null; {@code traceId} is the W3C trace id of the call (quote it to the gateway's
 * operators), or null.
 */
public class GatewayProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String detail;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;
    private final String traceId;

    /** One invalid input: where, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public GatewayProblem(int status, String type, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        this(status, type, detail, errors, retryAfterSeconds, null);
    }

    public GatewayProblem(int status, String type, String detail, List<FieldError> errors, Long retryAfterSeconds, String traceId) {
        super(status + " " + type + ": " + detail + (traceId == null ? "" : " (trace " + traceId + ")"));
        this.traceId = traceId;
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String traceId() {
        return traceId;
    }
}
