package com.maiagentgateway.upstream;

/**
 * No usable answer: the connection failed or broke, or MaiAgent did not answer within the
 * timeout. {@code beforeAnyResponse} says nothing of an answer had arrived, so even a write
 * cannot have been acted on twice when asked again.
 */
public class MaiAgentUnreachableException extends UpstreamException {

    private final boolean timedOut;
    private final boolean beforeAnyResponse;

    public MaiAgentUnreachableException(String message, boolean timedOut, boolean beforeAnyResponse, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
        this.beforeAnyResponse = beforeAnyResponse;
    }

    public boolean timedOut() {
        return timedOut;
    }

    public boolean beforeAnyResponse() {
        return beforeAnyResponse;
    }
}
