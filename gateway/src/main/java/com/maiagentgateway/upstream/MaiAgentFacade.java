package com.maiagentgateway.upstream;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The one retry policy for calls to MaiAgent, stated once and inherited by every facade (one per
 * MaiAgent area). Reads are asked again when MaiAgent could not be reached or was busy, but not
 * after a silence (the caller would wait one read timeout per try), and no try starts after 10 s:
 * a call is bounded by about 10 s plus one connect and one read timeout. A write
 * overrides {@code @Retry} to be asked again only when the connection was never made, so nothing
 * is done twice. Every operation has its own circuit breaker (per node, on purpose). The inherited
 * values can be set in config per facade ({@code com.maiagentgateway.upstream.MaiAgentRecords/CircuitBreaker/delay}),
 * a method's own annotation per method ({@code .../MaiAgentConversations/send/Retry/maxRetries}).
 */
@Tallied
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 10_000,
        retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class},
        abortOn = {MaiAgentThrottledException.class, MaiAgentSilentException.class})
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
        failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentServerErrorException.class,
                MaiAgentProtocolException.class})
public abstract class MaiAgentFacade {

    /** A write's {@code @Retry}: once more, only when the request never left (see {@link MaiAgentConnectException}). */
    static final int WRITE_RETRIES = 1;
}
