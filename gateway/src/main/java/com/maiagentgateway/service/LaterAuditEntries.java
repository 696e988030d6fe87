package com.maiagentgateway.service;

import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.store.AuditEntry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trail's entries for actions that end after their request (a streamed reply) and for those that come by the
 * thousand ({@link Audited#queued()}: completions), written by one writer at a time, as many to a transaction as have
 * queued while it wrote. A transaction and a thread per entry made 200 streams
 * ending together 200 concurrent database writes, which held back the events of the streams still running. The
 * entry keeps the instant its action ended; what is queued when the application stops is written then
 * (api/HeldWritesAtStop).
 */
@ApplicationScoped
public class LaterAuditEntries {

    private static final Logger LOG = Logger.getLogger(LaterAuditEntries.class.getName());
    static final int PER_TRANSACTION = 200;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** Per node on purpose: each node writes the entries of the streams it relayed; nothing here is read by another node. */
    private final Queue<AuditEntry> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    /**
     * Made at start, on a thread of the application: its first use is often on the HTTP client's thread that ends a
     * stream, where WildFly has no java:comp to find the executor in.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // creating the bean is the point
    }

    public void add(String actor, String action, String target, AuditOutcome outcome, String detail) {
        queued.add(new AuditEntry(Instant.now(clock), actor == null ? "anonymous" : actor, action, target, outcome, detail));
        startWriting();
    }

    /** Writes what is queued now, on the calling thread (the application is stopping). */
    public void writeQueued() {
        while (!queued.isEmpty()) {
            writeOneTransaction();
        }
    }

    private void startWriting() {
        if (writing.compareAndSet(false, true)) {
            executor.execute(this::write);
        }
    }

    private void write() {
        try {
            writeQueued();
        } finally {
            writing.set(false);
        }
        // An entry queued after the last look but before the flag fell: written by a writer of its own.
        if (!queued.isEmpty()) {
            startWriting();
        }
    }

    private void writeOneTransaction() {
        List<AuditEntry> batch = new ArrayList<>();
        for (AuditEntry entry; batch.size() < PER_TRANSACTION && (entry = queued.poll()) != null; ) {
            batch.add(entry);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            trail.recordAll(batch);
        } catch (RuntimeException failed) {
            // Not queued again: a trail that cannot be written must not grow the heap without end.
            LOG.log(Level.WARNING, batch.size() + " audit entr" + (batch.size() == 1 ? "y" : "ies") + " could not be written: "
                    + failed.getClass().getSimpleName());
        }
    }
}
