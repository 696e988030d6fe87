package com.maiagentgateway.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The last five minutes of calls to MaiAgent on this node, in ten-second slots: how many ended, how many failed in a
 * way the circuit breaker counts (unreachable, busy, a server error, a reply it could not read), and when a breaker
 * last refused a call. Per node on purpose: each node has its own breakers, and an alert raised from any node's view
 * is told once for the cluster (service/AlertWatch).
 */
@ApplicationScoped
public class MaiAgentTally {

    static final int SLOT_SECONDS = 10;
    static final int SLOTS = 30;

    /** What the window holds now. */
    public record Window(long calls, long failures, Instant lastPaused) {

        public int failurePercent() {
            return calls == 0 ? 0 : (int) (failures * 100 / calls);
        }
    }

    @Inject
    Clock clock;

    /** Per node on purpose: this node's own calls (its breakers judge the same); the alert they raise is once per cluster. */
    private final long[] slotEpoch = new long[SLOTS];
    private final long[] calls = new long[SLOTS];
    private final long[] failures = new long[SLOTS];
    private volatile Instant lastPaused;
    private volatile LastAnswer lastAnswer;

    /**
     * How the last call ended, as the console's banner says it: {@code trouble} null when MaiAgent answered, else
     * busy, server-error, unreachable, unreadable or paused (the breaker refused it).
     */
    public record LastAnswer(Instant at, String trouble) {
    }

    /** One call ended: {@code failure} null when MaiAgent answered. */
    void ended(Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (TallyInterceptor.paused(cause)) {
            lastPaused = clock.instant();
        }
        String trouble = trouble(cause);
        boolean failed = trouble != null && !trouble.equals("paused");
        if (cause == null || trouble != null) {
            lastAnswer = new LastAnswer(clock.instant(), trouble);
        }
        // A refusal of the gateway's own (a full bulkhead, an open breaker) or of the caller's input says nothing of MaiAgent.
        if (cause == null || failed) {
            add(failed);
        }
    }

    private synchronized void add(boolean failed) {
        long slot = clock.millis() / 1000 / SLOT_SECONDS;
        int at = (int) (slot % SLOTS);
        if (slotEpoch[at] != slot) {
            slotEpoch[at] = slot;
            calls[at] = 0;
            failures[at] = 0;
        }
        calls[at]++;
        if (failed) {
            failures[at]++;
        }
    }

    public LastAnswer lastAnswer() {
        return lastAnswer;
    }

    private static String trouble(Throwable cause) {
        if (cause instanceof MaiAgentBusyException) {
            return "busy";
        }
        if (cause instanceof MaiAgentServerErrorException) {
            return "server-error";
        }
        if (cause instanceof MaiAgentUnreachableException) {
            return "unreachable";
        }
        if (cause instanceof MaiAgentProtocolException) {
            return "unreadable";
        }
        return TallyInterceptor.paused(cause) ? "paused" : null;
    }

    public synchronized Window window() {
        long now = clock.millis() / 1000 / SLOT_SECONDS;
        long sumCalls = 0;
        long sumFailures = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (now - slotEpoch[i] < SLOTS) {
                sumCalls += calls[i];
                sumFailures += failures[i];
            }
        }
        return new Window(sumCalls, sumFailures, lastPaused);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
