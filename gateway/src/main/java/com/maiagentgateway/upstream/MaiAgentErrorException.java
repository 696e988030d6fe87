package com.maiagentgateway.upstream;

/**
 * MaiAgent answered with an error status: its own detail (or field errors) and, for 429 and 503,
 * the seconds it asked to wait ({@code Retry-After}), or null.
 */
public class MaiAgentErrorException extends UpstreamException {

    private final int status;
    private final String detail;
    private final Long retryAfterSeconds;

    public MaiAgentErrorException(int status, String detail, Long retryAfterSeconds) {
        super("MaiAgent answered HTTP " + status + (detail == null ? "" : ": " + detail), null);
        this.status = status;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
