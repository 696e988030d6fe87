package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.store.AuditEntry;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Entries of actions that end after their request: one writer at a time, many to a transaction, none lost to a stop. */
class LaterAuditEntriesTest {

    /** A trail that keeps each transaction's entries, failing the ones it is told to. */
    static final class Transactions extends AuditTrail {
        final List<List<String>> written = new ArrayList<>();
        int failNext;

        @Override
        public void recordAll(List<AuditEntry> entries) {
            if (failNext > 0) {
                failNext--;
                throw new IllegalStateException("database down");
            }
            written.add(entries.stream().map(e -> e.getAction() + " " + e.getOccurredAt()).toList());
        }
    }

    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Transactions trail = new Transactions();
    private final LaterAuditEntries entries = new LaterAuditEntries();

    LaterAuditEntriesTest() {
        entries.trail = trail;
        entries.clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
        // The managed executor, run by hand: what is queued while the writer waits for a thread shares its transaction.
        entries.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("execute")) {
                        tasks.add((Runnable) arguments[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void entriesQueuedWhileTheWriterWaitsAreWrittenInOneTransactionByOneWriter() {
        for (int i = 0; i < 200; i++) {
            entries.add("app", "completion.stream", "chatbot b", AuditOutcome.SUCCESS, null);
        }
        assertEquals(1, tasks.size(), "one writer at a time, however many streams end together");
        tasks.poll().run();
        assertEquals(1, trail.written.size());
        assertEquals(200, trail.written.get(0).size());
        assertEquals("completion.stream 2026-12-06T10:00:00Z", trail.written.get(0).get(0), "each entry keeps when its action ended");

        entries.add("app", "completion.stream", "chatbot b", AuditOutcome.FAILURE, "ClientGone");
        assertEquals(1, tasks.size(), "a writer is started again once the last one is done");
        tasks.poll().run();
        assertEquals(2, trail.written.size());
    }

    @Test
    void aTransactionHoldsAtMostItsShareAndTheRestFollow() {
        for (int i = 0; i < LaterAuditEntries.PER_TRANSACTION + 5; i++) {
            entries.add("app", "completion.stream", null, AuditOutcome.SUCCESS, null);
        }
        tasks.poll().run();
        assertEquals(List.of(LaterAuditEntries.PER_TRANSACTION, 5), trail.written.stream().map(List::size).toList());
    }

    @Test
    void whatIsQueuedWhenTheApplicationStopsIsWrittenThen() {
        entries.add("app", "completion.stream", null, AuditOutcome.SUCCESS, null);
        entries.add("app", "completion.stream", null, AuditOutcome.SUCCESS, null);
        entries.writeQueued(); // the writer's thread never came
        assertEquals(1, trail.written.size());
        assertEquals(2, trail.written.get(0).size());
        tasks.poll().run();
        assertEquals(1, trail.written.size(), "nothing written twice");
    }

    @Test
    void aTransactionThatFailsIsNotRetriedForeverAndTheNextEntriesStillGetWritten() {
        trail.failNext = 1;
        entries.add("app", "completion.stream", null, AuditOutcome.SUCCESS, null);
        tasks.poll().run();
        assertTrue(trail.written.isEmpty());
        entries.add("app", "completion.stream", null, AuditOutcome.SUCCESS, null);
        tasks.poll().run();
        assertEquals(1, trail.written.size());
    }
}
