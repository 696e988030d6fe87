package com.maiagentgateway.service;

import com.maiagentgateway.store.ApiOperation;
import com.maiagentgateway.store.UsageCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts every API call per caller, UTC day, operation and chatbot, in this node's memory, and adds the counts
 * to the shared database every {@code maiagent.usage.flush-seconds} (5), when asked ({@link #flush}), and when
 * the application stops. Counts only ever add, so what several nodes flush sums exactly; a flush the database
 * refuses is kept and added at the next. The same calls feed MicroProfile Metrics, tagged by caller.
 */
@ApplicationScoped
public class UsageMeter {

    private static final Logger LOG = Logger.getLogger(UsageMeter.class.getName());
    static final String LATENCY = "latency";
    static final String FIRST_EVENT = "first-event";

    @Inject
    UsageCounts store;

    @Inject
    Instance<ClientMetrics> registries;

    private ClientMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.usage.flush-seconds", defaultValue = "5")
    long flushSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** Where no metrics registry is (WildFly): usage is still counted and stored. */
    private static final ClientMetrics NO_METRICS = new ClientMetrics() {
        @Override
        public void call(String caller, String operation, String outcome, Duration latency) {
        }

        @Override
        public void firstEvent(String caller, Duration sinceStart) {
        }
    };

    /** Per node on purpose, for at most one flush interval: the shared sums are the database's. */
    private final Map<UsageCounts.Key, Cell> cells = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void scheduleFlush() {
        metrics = registries.isResolvable() ? registries.get() : NO_METRICS;
        flushing = scheduler.scheduleWithFixedDelay(this::flushQuietly, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flushQuietly();
    }

    /** Starts counting one call; the caller is an application's name or {@code user:<name>}. */
    public Call start(String caller, ApiOperation operation, String chatbot) {
        UsageCounts.Key key = new UsageCounts.Key(caller, LocalDate.now(clock.withZone(ZoneOffset.UTC)), operation.name(),
                chatbot == null ? "" : chatbot);
        return new Call(cells.computeIfAbsent(key, k -> new Cell()), caller, operation, System.nanoTime());
    }

    /** Adds this node's counts to the database now (the usage API calls it first, so its own node's calls are all in). */
    public synchronized void flush() {
        Map<UsageCounts.Key, UsageCounts.Totals> drained = new HashMap<>();
        cells.forEach((key, cell) -> {
            UsageCounts.Totals totals = cell.drain();
            if (totals != null) {
                drained.put(key, totals);
            }
        });
        if (drained.isEmpty()) {
            return;
        }
        Map<UsageCounts.Key, UsageCounts.Totals> left;
        try {
            left = store.add(drained);
        } catch (RuntimeException databaseAway) {
            left = drained;
        }
        left.forEach((key, totals) -> cells.computeIfAbsent(key, k -> new Cell()).putBack(totals));
        if (!left.isEmpty()) {
            LOG.warning(left.size() + " usage count(s) could not be stored; kept for the next flush");
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Usage flush failed; the counts are kept", e);
        }
    }

    /** One call being counted. Plain object: streams finish it on other threads, after the request. */
    public final class Call {
        private final Cell cell;
        private final String caller;
        private final ApiOperation operation;
        private final long startedNanos;
        private final AtomicBoolean firstEventSeen = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();

        Call(Cell cell, String caller, ApiOperation operation, long startedNanos) {
            this.cell = cell;
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
                cell.time(FIRST_EVENT, elapsed);
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
            cell.time(LATENCY, elapsed);
            String outcome = refused ? "refused" : upstreamError ? "upstream-error" : "done";
            metrics.call(caller, operation.name().toLowerCase(), outcome, elapsed);
        }
    }

    /** The counts of one key since the last flush. */
    static final class Cell {
        final LongAdder calls = new LongAdder();
        final LongAdder completions = new LongAdder();
        final LongAdder streamed = new LongAdder();
        final LongAdder refused = new LongAdder();
        final LongAdder upstreamErrors = new LongAdder();
        final LongAdder uploadBytes = new LongAdder();
        final Map<String, AtomicLongArray> timings = new ConcurrentHashMap<>();

        void time(String measure, Duration elapsed) {
            long millis = elapsed.toMillis();
            int[] bounds = UsageCounts.BUCKETS_MS;
            int bucket = 0;
            while (millis > bounds[bucket]) {
                bucket++;
            }
            timings.computeIfAbsent(measure, m -> new AtomicLongArray(bounds.length)).incrementAndGet(bucket);
        }

        UsageCounts.Totals drain() {
            Map<String, long[]> drainedTimings = new HashMap<>();
            timings.forEach((measure, counts) -> {
                long[] values = new long[counts.length()];
                boolean any = false;
                for (int i = 0; i < values.length; i++) {
                    values[i] = counts.getAndSet(i, 0);
                    any |= values[i] != 0;
                }
                if (any) {
                    drainedTimings.put(measure, values);
                }
            });
            UsageCounts.Totals totals = new UsageCounts.Totals(calls.sumThenReset(), completions.sumThenReset(), streamed.sumThenReset(),
                    refused.sumThenReset(), upstreamErrors.sumThenReset(), uploadBytes.sumThenReset(), drainedTimings);
            boolean empty = totals.calls() == 0 && totals.completions() == 0 && totals.streamed() == 0 && totals.refused() == 0
                    && totals.upstreamErrors() == 0 && totals.uploadBytes() == 0 && drainedTimings.isEmpty();
            return empty ? null : totals;
        }

        void putBack(UsageCounts.Totals totals) {
            calls.add(totals.calls());
            completions.add(totals.completions());
            streamed.add(totals.streamed());
            refused.add(totals.refused());
            upstreamErrors.add(totals.upstreamErrors());
            uploadBytes.add(totals.uploadBytes());
            totals.timings().forEach((measure, values) -> {
                AtomicLongArray counts = timings.computeIfAbsent(measure, m -> new AtomicLongArray(values.length));
                for (int i = 0; i < values.length; i++) {
                    counts.addAndGet(i, values[i]);
                }
            });
        }
    }
}
