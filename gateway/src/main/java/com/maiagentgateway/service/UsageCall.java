package com.maiagentgateway.service;

import com.maiagentgateway.model.ApiOperation;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** One API call being counted. Plain object: streams finish it on other threads, after the request. */
public final class UsageCall {
    private final UsageCell cell;
    private final ClientMetrics metrics;
    private final String caller;
    private final ApiOperation operation;
    private final long startedNanos;
    private final AtomicBoolean firstEventSeen = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    UsageCall(UsageCell cell, ClientMetrics metrics, String caller, ApiOperation operation, long startedNanos) {
        this.cell = cell;
        this.metrics = metrics;
        this.caller = caller;
        this.operation = operation;
        this.startedNanos = startedNanos;
    }

    public ApiOperation operation() {
        return operation;
    }

    /** A completion, counted when it starts: streamed or not. */
    public void completionStarted(boolean streamed) {
        cell.completions.increment();
        if (streamed) {
            cell.streamed.increment();
        }
    }

    /** The first event of a streamed answer has gone out: its time to first event is recorded once. */
    public void firstEvent() {
        if (firstEventSeen.compareAndSet(false, true)) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
            cell.time(UsageCell.FIRST_EVENT, elapsed);
            metrics.firstEvent(caller, elapsed);
        }
    }

    /** The call ended: refused by the gateway (scope, quota), failed upstream, or done; with the upload bytes it carried. */
    public void finish(boolean refused, boolean upstreamError, long uploadBytes) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        cell.calls.increment();
        if (refused) {
            cell.refused.increment();
        }
        if (upstreamError) {
            cell.upstreamErrors.increment();
        }
        if (uploadBytes > 0) {
            cell.uploadBytes.add(uploadBytes);
        }
        cell.time(UsageCell.LATENCY, elapsed);
        String outcome = refused ? "refused" : upstreamError ? "upstream-error" : "done";
        metrics.call(caller, operation.name().toLowerCase(Locale.ROOT), outcome, elapsed);
    }
}
