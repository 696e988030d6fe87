package com.maiagentgateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each key was last accepted on this node, until service/UsageFlush writes it to the shared database with the
 * usage counts. Per node on purpose, for one flush interval: a write per call would cost every call a round trip.
 */
@ApplicationScoped
public class KeyUse {

    /** Per node on purpose, until the next flush (5 s): the shared last use is the database's, the latest of every node's. */
    private final Map<String, Instant> lastUse = new ConcurrentHashMap<>();

    void used(String prefix, Instant at) {
        lastUse.merge(prefix, at, (was, now) -> now.isAfter(was) ? now : was);
    }

    /** What was noted since the last drain; noting starts again from nothing. */
    public Map<String, Instant> drain() {
        Map<String, Instant> drained = new HashMap<>();
        for (String prefix : lastUse.keySet()) {
            Instant at = lastUse.remove(prefix);
            if (at != null) {
                drained.put(prefix, at);
            }
        }
        return drained;
    }

    /** What could not be written, kept for the next flush (a later use noted meanwhile wins). */
    public void putBack(Map<String, Instant> left) {
        left.forEach(this::used);
    }
}
