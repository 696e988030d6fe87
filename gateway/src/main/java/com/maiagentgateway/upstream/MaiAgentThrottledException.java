package com.maiagentgateway.upstream;

/** MaiAgent asked to wait longer than the gateway waits ({@code maiagent.retry-after-cap-seconds}): passed on, not retried. */
public class MaiAgentThrottledException extends MaiAgentErrorException {

    public MaiAgentThrottledException(MaiAgentBusyException busy) {
        super(busy.status(), busy.detail(), busy.retryAfterSeconds());
    }
}
