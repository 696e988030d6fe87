package com.maiagentgateway.service;

import com.maiagentgateway.model.AlertKind;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientApplications;
import com.maiagentgateway.store.ClientKey;
import com.maiagentgateway.upstream.MaiAgentTally;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What raises alerts. Quota levels are checked on every quota take ({@link Quotas}); MaiAgent's breaker and error
 * rate every {@code maiagent.alerts.check-seconds} (10) from this node's tally of the last five minutes; keys that end
 * within {@link KeyLifetimes#SOON_DAYS} days when issued and every hour. Each occurrence has a key that names it
 * (an application's quota level in one window, the breaker in one {@code maiagent.alerts.maiagent-repeat-seconds}
 * (300), one key), so it is told once.
 */
@ApplicationScoped
public class AlertWatch {

    private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());
    private static final long HOUR = 3600;

    @Inject
    Alerts alerts;

    @Inject
    MaiAgentTally tally;

    @Inject
    ClientApplications applications;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.check-seconds", defaultValue = "10")
    long checkSeconds;

    /** MaiAgent's breaker and error rate are told at most once per this long (its occurrence: one such span). */
    @Inject
    @ConfigProperty(name = "maiagent.alerts.maiagent-repeat-seconds", defaultValue = "300")
    long repeatSeconds;

    /** Fewer calls than this in five minutes say nothing of an error rate (two failures of three are not an outage). */
    @Inject
    @ConfigProperty(name = "maiagent.alerts.error-rate-min-calls", defaultValue = "20")
    long minCalls;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> checking;
    private ScheduledFuture<?> keyScan;
    private volatile Instant pauseSeen;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Touching the bean is enough: @PostConstruct schedules the checks.
    }

    @PostConstruct
    void schedule() {
        checking = scheduler.scheduleWithFixedDelay(this::checkMaiAgentQuietly, checkSeconds, checkSeconds, TimeUnit.SECONDS);
        keyScan = scheduler.scheduleWithFixedDelay(this::keysEndingSoonQuietly, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (checking != null) {
            checking.cancel(false);
        }
        if (keyScan != null) {
            keyScan.cancel(false);
        }
    }

    /** After a quota take: each level the application's use has reached in this window is told (once). */
    void quotaTaken(String application, long applicationId, String policy, long windowStart, long windowSeconds, long limit, long used) {
        if (limit <= 0) {
            return;
        }
        // A minute's window would tell the same level every minute of a busy hour: those are told once per hour.
        long occurrence = windowSeconds < HOUR ? windowStart - windowStart % HOUR : windowStart;
        for (int level : alerts.levels().quotaLevels()) { // ascending (Alerts#levels)
            if (used * 100 < (long) level * limit) {
                break;
            }
            String key = "quota:" + applicationId + ":" + policy + ":" + level + ":" + occurrence;
            if (!alerts.knownRaised(key)) {
                alerts.raise(AlertKind.QUOTA, key, application + " has used " + level + "% of its " + policy,
                        "The application " + application + " has used " + used + " of its " + policy + " quota of " + limit + " ("
                                + (used * 100 / limit) + "%) in the window that began " + Instant.ofEpochSecond(windowStart)
                                + (used >= limit ? "; its calls are refused with 429 until the window ends." : "."));
            }
        }
    }

    /** The breaker and the error rate, as this node's tally sees them now. */
    void checkMaiAgent() {
        MaiAgentTally.Window window = tally.window();
        long now = clock.instant().getEpochSecond();
        long span = now - now % repeatSeconds;
        Instant paused = window.lastPaused();
        if (paused != null && !paused.equals(pauseSeen)) {
            pauseSeen = paused;
            alerts.raise(AlertKind.BREAKER, "breaker:" + repeatSeconds + ":" + (paused.getEpochSecond() - paused.getEpochSecond() % repeatSeconds),
                    "MaiAgent is failing: the gateway paused calls to it",
                    "A circuit breaker opened at " + paused + ": MaiAgent failed repeatedly, and the gateway refuses calls to it with 503 "
                            + "for a few seconds at a time until it answers again. Last five minutes on this node: " + window.failures()
                            + " of " + window.calls() + " calls failed.");
        }
        int level = alerts.levels().errorRatePercent();
        if (window.calls() >= minCalls && window.failurePercent() >= level) {
            alerts.raise(AlertKind.ERROR_RATE, "error-rate:" + repeatSeconds + ":" + span,
                    "MaiAgent's error rate is " + window.failurePercent() + "% (level " + level + "%)",
                    window.failures() + " of the last five minutes' " + window.calls() + " calls to MaiAgent failed (unreachable, busy, "
                            + "a server error or a reply that could not be read): " + window.failurePercent() + "%, at or over the level of "
                            + level + "%.");
        }
    }

    /** Every active key that ends within the week is told once. */
    public void keysEndingSoon() {
        Instant now = clock.instant();
        Instant soon = now.plus(Duration.ofDays(KeyLifetimes.SOON_DAYS));
        Map<Long, List<ClientKey>> keys = applications.keysByApplication();
        for (ClientApplication application : applications.all()) {
            for (ClientKey key : keys.getOrDefault(application.getId(), List.of())) {
                Instant end = key.getExpiresAt();
                if (key.isActive() && end != null && end.isAfter(now) && end.isBefore(soon)) {
                    long days = Math.max(0, Duration.between(now, end).toDays());
                    alerts.raise(AlertKind.KEY_EXPIRY, "key-expiry:" + application.getId() + ":" + key.getPrefix(),
                            "A key of " + application.getName() + " expires " + (days == 0 ? "within a day" : "in " + days + " days"),
                            "The key " + key.getPrefix() + "… of the application " + application.getName() + " stops being accepted at " + end
                                    + " (401 key-expired). Issue a new key on the Applications page and give it to its owner ("
                                    + application.getContact() + "); rotation keeps two keys active while callers move over.");
                }
            }
        }
    }

    private void checkMaiAgentQuietly() {
        try {
            checkMaiAgent();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Alerts: MaiAgent's state could not be checked now: " + failure.getMessage());
        }
    }

    private void keysEndingSoonQuietly() {
        try {
            keysEndingSoon();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Alerts: keys ending soon could not be checked now: " + failure.getMessage());
        }
    }
}
