package com.maiagentgateway.service;

import com.maiagentgateway.notify.AlertMail;
import com.maiagentgateway.notify.AlertMessage;
import com.maiagentgateway.notify.AlertWebhook;
import com.maiagentgateway.notify.NotDelivered;
import com.maiagentgateway.platform.Jsonp;
import com.maiagentgateway.platform.NodeName;
import com.maiagentgateway.store.Alert;
import com.maiagentgateway.store.AlertDelivery;
import com.maiagentgateway.store.AlertRecipient;
import com.maiagentgateway.store.AlertRecipients;
import com.maiagentgateway.store.RaisedAlerts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends alerts' deliveries: at once when an alert is raised, and every {@code maiagent.alerts.send-seconds} (5) for
 * those due again. A node claims a delivery before sending it, so each goes out once for the cluster; a recipient
 * that fails is tried again after {@code maiagent.alerts.retry-seconds} (30), doubling to at most an hour, and given
 * up after {@code maiagent.alerts.max-attempts} (10) tries.
 */
@ApplicationScoped
public class AlertSender {

    private static final Logger LOG = Logger.getLogger(AlertSender.class.getName());
    /** Longer than a send can take (an SMTP server's three 10-s timeouts): a claim outlives its sender only if its node died. */
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    RaisedAlerts raised;

    @Inject
    AlertRecipients recipients;

    /** Unresolvable where the server gives the application no Jakarta Mail (a WildFly without its module). */
    @Inject
    Instance<AlertMail> mail;

    @Inject
    AlertWebhook webhook;

    @Inject
    NodeName node;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.send-seconds", defaultValue = "5")
    long sendSeconds;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.retry-seconds", defaultValue = "30")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sending;
    private final AtomicBoolean running = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Touching the bean is enough: @PostConstruct schedules the sends.
    }

    @PostConstruct
    void schedule() {
        sending = scheduler.scheduleWithFixedDelay(this::sendDue, sendSeconds, sendSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sending != null) {
            sending.cancel(false);
        }
    }

    /** An alert was raised: its deliveries go out now rather than at the next round. */
    void soon() {
        scheduler.execute(this::sendDue);
    }

    /** Sends what is due; one round at a time on this node. */
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (Long id : raised.due(now, 50)) {
                if (raised.claim(id, now, now.plus(CLAIM))) {
                    send(raised.delivery(id));
                }
            }
        } catch (RuntimeException databaseAway) {
            LOG.log(Level.WARNING, "Alerts: due deliveries could not be read or claimed now; tried again in " + sendSeconds + " s: "
                    + databaseAway.getMessage());
        } finally {
            running.set(false);
        }
    }

    private void send(AlertDelivery delivery) {
        Alert alert = raised.alert(delivery.getAlertId());
        Optional<AlertRecipient> recipient = recipients.find(delivery.getRecipientId());
        try {
            if (recipient.isEmpty()) {
                raised.failed(delivery.getId(), "the recipient was removed", null);
                return;
            }
            AlertMessage message = message(alert);
            if (recipient.get().getKind() == AlertRecipient.Kind.EMAIL) {
                if (!mail.isResolvable()) {
                    throw new NotDelivered("this server gives the gateway no Jakarta Mail");
                }
                mail.get().send(recipient.get().getAddress(), message);
            } else {
                webhook.send(recipient.get().getAddress(), recipient.get().getSigningSecret(), message);
            }
            raised.sent(delivery.getId(), clock.instant(), node.get());
        } catch (NotDelivered refused) {
            int attempts = delivery.getAttempts() + 1;
            Instant next = attempts >= maxAttempts ? null : clock.instant().plus(wait(attempts));
            LOG.warning(() -> "Alert " + alert.getId() + " to " + delivery.getRecipient() + ": try " + attempts + " failed, "
                    + refused.getMessage() + (next == null ? "; given up" : "; tried again at " + next));
            raised.failed(delivery.getId(), refused.getMessage(), next);
        }
    }

    /** The wait before try {@code attempts} + 1: the retry time, doubling, at most an hour. */
    Duration wait(int attempts) {
        long seconds = retrySeconds << Math.min(attempts - 1, 20);
        return seconds <= 0 || seconds > LONGEST_WAIT.toSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds);
    }

    static AlertMessage message(Alert alert) {
        String json = Jsonp.createObjectBuilder().add("id", alert.getId()).add("kind", alert.getKind()).add("subject", alert.getSubject())
                .add("detail", alert.getDetail()).add("raisedAt", alert.getRaisedAt().toString()).add("node", alert.getNode()).build().toString();
        String text = alert.getDetail() + "\n\nRaised " + alert.getRaisedAt() + " by node " + alert.getNode() + " (alert " + alert.getId()
                + ", " + alert.getKind() + ").\nThe console's Alerts page lists every alert and who was told.\n";
        return new AlertMessage("[MaiAgent Gateway] " + alert.getSubject(), text, json);
    }
}
