package com.maiagentgateway.upstream;

/** MaiAgent is throttling (429) or its front is overloaded (502/503/504): worth asking again, later. */
public class MaiAgentBusyException extends MaiAgentErrorException {

    public MaiAgentBusyException(int status, String detail, Long retryAfterSeconds) {
        super(status, detail, retryAfterSeconds);
    }
}
