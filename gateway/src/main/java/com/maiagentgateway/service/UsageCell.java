package com.maiagentgateway.service;

import com.maiagentgateway.store.UsageCounts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** The counts of one usage key (caller, UTC day, operation, chatbot) since the last flush: sums and timing histograms. */
final class UsageCell {

    static final String LATENCY = "latency";
    static final String FIRST_EVENT = "first-event";

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
