package com.maiagentgateway.problem;

import com.maiagentgateway.upstream.BreakerPause;
import com.maiagentgateway.upstream.MaiAgentBusyException;
import com.maiagentgateway.upstream.MaiAgentErrorException;
import com.maiagentgateway.upstream.MaiAgentProtocolException;
import com.maiagentgateway.upstream.MaiAgentThrottledException;
import com.maiagentgateway.upstream.MaiAgentUnreachableException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What a caller is told when MaiAgent could not serve its request. MaiAgent's own verdicts on
 * the caller's input (400, 404) are passed on; everything that is MaiAgent's or the gateway's
 * trouble becomes 502/503/504, and a 401/403 from MaiAgent means the gateway's key is wrong,
 * which is not the caller's fault (502).
 */
public final class UpstreamProblems {

    /** A problem and the seconds the caller should wait, when known. */
    public record Answer(Problem problem, Long retryAfterSeconds) {
    }

    private UpstreamProblems() {
    }

    public static Answer of(Throwable failure) {
        if (failure instanceof MaiAgentThrottledException throttled) {
            return new Answer(Problem.of(429, "upstream-throttled",
                    "MaiAgent is throttling the gateway; try again in " + throttled.retryAfterSeconds() + " s."), throttled.retryAfterSeconds());
        }
        if (failure instanceof MaiAgentBusyException busy) {
            int status = busy.status() == 429 ? 429 : busy.status() == 504 ? 504 : 503;
            return new Answer(Problem.of(status, status == 429 ? "upstream-throttled" : ProblemKinds.kind(status),
                    "MaiAgent is busy or unavailable (HTTP " + busy.status() + ") and did not recover on retry."), busy.retryAfterSeconds());
        }
        if (failure instanceof MaiAgentErrorException error) {
            return switch (error.status()) {
                case 400, 422 -> new Answer(Problem.of(400, "rejected-by-maiagent",
                        "MaiAgent rejected the request" + (error.detail() == null ? "." : ": " + error.detail())), null);
                case 404 -> new Answer(Problem.of(404, "not-found", "MaiAgent has no such thing."), null);
                case 409 -> new Answer(Problem.of(409, "conflict", "MaiAgent refused the change as conflicting with its current state"
                        + (error.detail() == null ? "." : ": " + error.detail())), null);
                case 401, 403 -> new Answer(Problem.of(502, "upstream-credentials",
                        "MaiAgent refused the gateway's API key; an administrator must check maiagent.api-key."), null);
                case 413 -> new Answer(Problem.of(413, "payload-too-large", "MaiAgent refused the size of the request."), null);
                default -> new Answer(Problem.of(502, "upstream-error", "MaiAgent answered HTTP " + error.status()
                        + (error.detail() == null ? "." : ": " + error.detail())), null);
            };
        }
        if (failure instanceof MaiAgentUnreachableException unreachable) {
            return unreachable.timedOut()
                    ? new Answer(Problem.of(504, "upstream-timeout", "MaiAgent did not answer in time."), null)
                    : new Answer(Problem.of(503, "upstream-unavailable", "MaiAgent cannot be reached."), null);
        }
        if (failure instanceof MaiAgentProtocolException protocol) {
            return new Answer(Problem.of(502, "upstream-error", protocol.getMessage() + "."), null);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new Answer(Problem.of(503, "upstream-unavailable",
                    "MaiAgent failed repeatedly; the gateway pauses calls to it for a few seconds."), BreakerPause.seconds());
        }
        if (failure instanceof BulkheadException) {
            return new Answer(Problem.of(503, "gateway-busy", "Too many replies are streaming right now; try again shortly."), 1L);
        }
        return null;
    }
}
