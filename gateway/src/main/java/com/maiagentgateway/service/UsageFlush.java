package com.maiagentgateway.service;

import com.maiagentgateway.security.KeyUse;
import com.maiagentgateway.store.ClientApplications;
import com.maiagentgateway.store.UsageCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds this node's usage counts ({@link UsageMeter}), and when its keys were last accepted ({@link KeyUse}), to the shared database every {@code maiagent.usage.flush-seconds}
 * (5), when asked ({@link #flush}), and when the application stops (api/HeldWritesAtStop, while JPA is still open).
 * Counts only ever add, so what several nodes flush sums exactly; a flush the database refuses is kept and added at the next.
 */
@ApplicationScoped
public class UsageFlush {

    private static final Logger LOG = Logger.getLogger(UsageFlush.class.getName());

    @Inject
    UsageMeter meter;

    @Inject
    UsageCounts store;

    @Inject
    KeyUse keyUse;

    @Inject
    ClientApplications applications;

    @Inject
    @ConfigProperty(name = "maiagent.usage.flush-seconds", defaultValue = "5")
    long flushSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> flushing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Touching the bean is enough: @PostConstruct schedules the flushes.
    }

    @PostConstruct
    void schedule() {
        flushing = scheduler.scheduleWithFixedDelay(this::flushQuietly, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
    }

    /** Adds this node's counts to the database now (the usage API calls it first, so its own node's calls are all in). */
    public synchronized void flush() {
        Map<String, java.time.Instant> keysUsed = keyUse.drain();
        if (!keysUsed.isEmpty()) {
            try {
                applications.keysUsed(keysUsed);
            } catch (RuntimeException databaseAway) {
                keyUse.putBack(keysUsed);
            }
        }
        Map<UsageCounts.Key, UsageCounts.Totals> drained = meter.drain();
        if (drained.isEmpty()) {
            return;
        }
        Map<UsageCounts.Key, UsageCounts.Totals> left;
        try {
            left = store.add(drained);
        } catch (RuntimeException databaseAway) {
            left = drained;
        }
        meter.putBack(left);
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
}
