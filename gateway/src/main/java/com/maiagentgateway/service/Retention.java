package com.maiagentgateway.service;

import com.maiagentgateway.store.AuditRepository;
import com.maiagentgateway.store.ChatHistoryLinks;
import com.maiagentgateway.store.RaisedAlerts;
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
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes what the gateway stores once it is past its retention, every hour, on every node (deleting what is past is
 * the same work wherever it runs). Each store has its own days, and 0 keeps it forever:
 * <ul>
 * <li>the audit trail, {@code maiagent.audit.retention-days} (365);</li>
 * <li>the webhook delivery log, {@code maiagent.webhooks.log-retention-days} (30);</li>
 * <li>the alert history, {@code maiagent.alerts.retention-days} (90);</li>
 * <li>the OpenAI API's chat history links, {@code maiagent.openai.history-retention-days} (90; a chat resent after that
 * starts a new MaiAgent conversation).</li>
 * </ul>
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    AuditRepository auditTrail;

    @Inject
    Clock clock;

    @Inject
    WebhookDeliveryLog deliveryLog;

    @Inject
    @ConfigProperty(name = "maiagent.audit.retention-days", defaultValue = "365")
    long auditRetentionDays;

    @Inject
    RaisedAlerts alerts;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.retention-days", defaultValue = "90")
    long alertRetentionDays;

    @Inject
    ChatHistoryLinks historyLinks;

    @Inject
    @ConfigProperty(name = "maiagent.openai.history-retention-days", defaultValue = "90")
    long historyRetentionDays;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> pruning;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Touching the bean is enough: @PostConstruct schedules the pruning.
    }

    @PostConstruct
    void schedule() {
        if (auditRetentionDays > 0 || deliveryLog.keepsDays() > 0 || alertRetentionDays > 0 || historyRetentionDays > 0) {
            pruning = scheduler.scheduleWithFixedDelay(this::pruneQuietly, 1, 60, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (pruning != null) {
            pruning.cancel(false);
        }
    }

    /** Where a store starts being kept at {@code now}; empty when it is kept forever. */
    static Optional<Instant> cutoff(long retentionDays, Instant now) {
        return retentionDays > 0 ? Optional.of(now.minus(Duration.ofDays(retentionDays))) : Optional.empty();
    }

    private void pruneQuietly() {
        pruneQuietly("Audit trail", auditRetentionDays, auditTrail::deleteBefore);
        try {
            int deliveries = deliveryLog.prune();
            if (deliveries > 0) {
                LOG.info(() -> "Webhook delivery log: " + deliveries + " deliveries older than " + deliveryLog.keepsDays() + " days deleted");
            }
        } catch (RuntimeException databaseAway) {
            LOG.log(Level.WARNING, "Webhook delivery log: entries past their retention could not be deleted now", databaseAway);
        }
        pruneQuietly("Alert history", alertRetentionDays, alerts::deleteBefore);
        pruneQuietly("Chat history links", historyRetentionDays, historyLinks::deleteBefore);
    }

    /** Deletes one store's entries past its retention; a database that is away is tried again in an hour. */
    private void pruneQuietly(String store, long days, Function<Instant, Integer> deleteBefore) {
        try {
            int deleted = cutoff(days, Instant.now(clock)).map(deleteBefore).orElse(0);
            if (deleted > 0) {
                LOG.info(() -> store + ": " + deleted + " entries older than " + days + " days deleted");
            }
        } catch (RuntimeException databaseAway) {
            LOG.log(Level.WARNING, store + ": entries past their retention could not be deleted now; tried again in an hour", databaseAway);
        }
    }
}
