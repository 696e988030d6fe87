package com.maiagentgateway.service;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.store.UsageCounts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every API call per caller, UTC day, operation and chatbot, in this node's memory ({@link UsageCell}s),
 * until {@link UsageFlush} adds them to the shared database. The same calls feed MicroProfile Metrics, tagged by
 * caller, where the server has them.
 */
@ApplicationScoped
public class UsageMeter {

    @Inject
    Instance<ClientMetrics> registries;

    @Inject
    Clock clock;

    private ClientMetrics metrics;

    /** Per node on purpose, for at most one flush interval: the shared sums are the database's. */
    private final Map<UsageCounts.Key, UsageCell> cells = new ConcurrentHashMap<>();

    @PostConstruct
    void findMetrics() {
        metrics = registries.isResolvable() ? registries.get() : ClientMetrics.NONE;
    }

    /** Starts counting one call; the caller is an application's name or {@code user:<name>}. */
    public UsageCall start(String caller, ApiOperation operation, String chatbot) {
        UsageCounts.Key key = new UsageCounts.Key(caller, LocalDate.now(clock.withZone(ZoneOffset.UTC)), operation.name(),
                chatbot == null ? "" : chatbot);
        return new UsageCall(cells.computeIfAbsent(key, k -> new UsageCell()), metrics, caller, operation, System.nanoTime());
    }

    /** What was counted since the last drain, key by key; the cells start again from zero. */
    Map<UsageCounts.Key, UsageCounts.Totals> drain() {
        Map<UsageCounts.Key, UsageCounts.Totals> drained = new HashMap<>();
        cells.forEach((key, cell) -> {
            UsageCounts.Totals totals = cell.drain();
            if (totals != null) {
                drained.put(key, totals);
            }
        });
        return drained;
    }

    /** Counts that could not be stored, kept for the next flush. */
    void putBack(Map<UsageCounts.Key, UsageCounts.Totals> left) {
        left.forEach((key, totals) -> cells.computeIfAbsent(key, k -> new UsageCell()).putBack(totals));
    }
}
