package com.maiagentgateway.service;

import com.maiagentgateway.store.UsageCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Usage as the admin API and the console show it: this node's counts flushed first, then the shared rows. */
@ApplicationScoped
public class UsageReports {

    @Inject
    UsageFlush meter;

    @Inject
    UsageCounts counts;

    /**
     * One caller's use on one day, for one operation and chatbot. Timings are read from histograms, so a
     * percentile is the upper bound of the bucket it falls in (1, 2, 5, 10, 25, 50, 100, 250, 500 ms, 1 s, …).
     */
    public record Line(String caller, LocalDate day, String operation, String chatbot, long calls, long completions,
                       long streamed, long refused, long upstreamErrors, long uploadBytes,
                       Integer latencyP50Ms, Integer latencyP95Ms, Integer firstEventP50Ms, Integer firstEventP95Ms) {
    }

    /** Usage between two UTC days (inclusive), of one caller or (null) of all. */
    public List<Line> between(LocalDate from, LocalDate to, String caller) {
        meter.flush();
        return counts.between(from, to, caller).stream().map(UsageReports::line).toList();
    }

    static Line line(UsageCounts.Row row) {
        UsageCounts.Key k = row.key();
        UsageCounts.Totals t = row.totals();
        long[] latency = t.timings().get(UsageCell.LATENCY);
        long[] firstEvent = t.timings().get(UsageCell.FIRST_EVENT);
        return new Line(k.caller(), k.day(), k.operation().toLowerCase(), k.chatbot().isEmpty() ? null : k.chatbot(), t.calls(),
                t.completions(), t.streamed(), t.refused(), t.upstreamErrors(), t.uploadBytes(),
                percentile(latency, 0.50), percentile(latency, 0.95), percentile(firstEvent, 0.50), percentile(firstEvent, 0.95));
    }

    /** The upper bound (ms) of the bucket holding the given share of calls, or null without any. */
    static Integer percentile(long[] buckets, double share) {
        if (buckets == null) {
            return null;
        }
        long total = 0;
        for (long b : buckets) {
            total += b;
        }
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(share * total);
        long seen = 0;
        for (int i = 0; i < buckets.length; i++) {
            seen += buckets[i];
            if (seen >= rank) {
                return UsageCounts.BUCKETS_MS[i];
            }
        }
        return UsageCounts.BUCKETS_MS[buckets.length - 1];
    }
}
