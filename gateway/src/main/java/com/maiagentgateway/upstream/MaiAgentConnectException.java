package com.maiagentgateway.upstream;

/** The connection to MaiAgent could not be made at all: nothing was sent, so even a write may be tried again. */
public class MaiAgentConnectException extends MaiAgentUnreachableException {

    public MaiAgentConnectException(String message, boolean timedOut, Throwable cause) {
        super(message, timedOut, true, cause);
    }
}
