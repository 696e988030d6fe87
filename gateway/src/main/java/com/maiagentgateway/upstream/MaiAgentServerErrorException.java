package com.maiagentgateway.upstream;

/**
 * MaiAgent failed on its side (HTTP 500, 501, 505...; the busy answers 502/503/504 are {@link MaiAgentBusyException}).
 * Not retried (the request may have been carried out), but counted against MaiAgent by the circuit breakers.
 */
public class MaiAgentServerErrorException extends MaiAgentErrorException {

    public MaiAgentServerErrorException(int status, String detail) {
        super(status, detail, null);
    }
}
