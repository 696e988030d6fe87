package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each streamed event left the simulator, per conversation (the last 200 streams), and how
 * many streams are being written now: what a test needs to measure a relay and its cleanup.
 */
@ApplicationScoped
public class StreamLog {

    static final int KEEP_STREAMS = 200;

    private final Map<String, List<Instant>> sent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Instant>> eldest) {
            return size() > KEEP_STREAMS;
        }
    };

    private final AtomicInteger open = new AtomicInteger();

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }

    synchronized void started(String conversationId) {
        sent.put(conversationId, new ArrayList<>());
    }

    synchronized void sent(String conversationId, Instant at) {
        sent.computeIfAbsent(conversationId, k -> new ArrayList<>()).add(at);
    }

    synchronized List<Instant> of(String conversationId) {
        return List.copyOf(sent.getOrDefault(conversationId, List.of()));
    }
}
