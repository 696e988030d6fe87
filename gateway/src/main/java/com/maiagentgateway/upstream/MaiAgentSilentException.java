package com.maiagentgateway.upstream;

/**
 * MaiAgent took the request and did not answer within the read timeout. Not asked again: a second
 * try would most likely wait as long, and the caller would wait for all of them.
 */
public class MaiAgentSilentException extends MaiAgentUnreachableException {

    public MaiAgentSilentException(String message, Throwable cause) {
        super(message, true, false, cause);
    }
}
