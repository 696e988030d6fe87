package com.maiagentgateway.service;

import com.maiagentgateway.model.AlertKind;
import com.maiagentgateway.model.AlertRecipientRecord;
import com.maiagentgateway.model.AlertRecord;
import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.notify.AlertSignature;
import com.maiagentgateway.platform.NodeName;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.NotFoundInGatewayException;
import com.maiagentgateway.store.Alert;
import com.maiagentgateway.store.AlertDelivery;
import com.maiagentgateway.store.AlertRecipient;
import com.maiagentgateway.store.AlertRecipients;
import com.maiagentgateway.store.RaisedAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alerts: raised once for the cluster (an occurrence's key is unique in the shared database, so whichever nodes see
 * it, one stores it), kept in the history and the audit trail, and handed to {@link AlertSender} for every recipient.
 * Also who the recipients are and the levels that raise alerts.
 */
@ApplicationScoped
public class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
    private static final int MAX_SUBJECT_LENGTH = 300;
    /** Settings changed on another node are seen here within this long. */
    private static final Duration LEVELS_KEPT = Duration.ofSeconds(10);

    @Inject
    RaisedAlerts raised;

    @Inject
    AlertRecipients recipients;

    @Inject
    AlertSender sender;

    @Inject
    AuditTrail trail;

    @Inject
    AuditActor actor;

    @Inject
    NodeName node;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.quota-levels", defaultValue = "80,100")
    String defaultQuotaLevels;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.error-rate-percent", defaultValue = "20")
    int defaultErrorRatePercent;

    /**
     * Occurrences this node raised or found raised, so that a busy application past 80% asks the database once per
     * node, not on every call. Per node on purpose: the database's unique key is what makes an alert once per cluster.
     */
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile CachedLevels levels;

    private record CachedLevels(AlertLevels levels, Instant until) {
    }

    /** Whether this occurrence has been raised already, as far as this node knows (no database call). */
    boolean knownRaised(String key) {
        return known.contains(key);
    }

    /**
     * Raises an alert for the occurrence {@code key} unless it has been raised (here or on another node). Never
     * fails its caller: an alert the database cannot take now is said in the log and raised at its next sighting.
     */
    public void raise(AlertKind kind, String key, String subject, String detail) {
        if (known.contains(key)) {
            return;
        }
        try {
            Alert alert = raised.raise(new Alert(key, kind.label(), clip(subject, MAX_SUBJECT_LENGTH), clip(detail, Alert.MAX_DETAIL_LENGTH),
                    clock.instant(), node.get()), recipients.all());
            remember(key);
            if (alert != null) {
                trail.record("gateway", "alert.raised", alert.getSubject(), AuditOutcome.SUCCESS, kind.label() + ": " + clip(detail, 200));
                sender.soon();
            }
        } catch (PersistenceException | TransactionalException another) {
            // Another node stored it first (the unique key), or the database is away: the next sighting tries again.
            if (raised.existsQuietly(key)) {
                remember(key);
            } else {
                LOG.log(Level.WARNING, "Alert " + key + " could not be stored now: " + another.getMessage());
            }
        }
    }

    private void remember(String key) {
        if (known.size() > 10_000) {
            known.clear();
        }
        known.add(key);
    }

    /** Sends a test alert to every recipient now. */
    @Audited("alert.test")
    public void test() {
        String who = actor.current();
        raise(AlertKind.TEST, "test:" + UUID.randomUUID(), "Test alert from " + who,
                who + " asked for a test alert. If you read this, alerts reach you.");
    }

    public PageOf<AlertRecord> history(int first, int pageSize) {
        List<Alert> alerts = raised.newestFirst(first, pageSize);
        Map<Long, List<AlertRecord.Delivery>> deliveries = raised.deliveriesOf(alerts.stream().map(Alert::getId).toList()).stream()
                .collect(Collectors.groupingBy(AlertDelivery::getAlertId, Collectors.mapping(d -> new AlertRecord.Delivery(d.getRecipient(),
                        d.getState().name().toLowerCase(java.util.Locale.ROOT), d.getAttempts(), d.getLastError(), d.getSentAt(), d.getSentBy(),
                        d.getState() == AlertDelivery.State.PENDING ? d.getNextAttemptAt() : null), Collectors.toList())));
        List<AlertRecord> items = alerts.stream().map(a -> new AlertRecord(a.getId(), a.getKind(), a.getSubject(), a.getDetail(), a.getRaisedAt(),
                a.getNode(), deliveries.getOrDefault(a.getId(), List.of()))).toList();
        return new PageOf<>(items, raised.count(), first / Math.max(1, pageSize) + 1, pageSize);
    }

    public List<AlertRecipientRecord> recipients() {
        return recipients.all().stream().map(Alerts::record).toList();
    }

    /** A recipient added, with a webhook's signing secret (this answer only; null for e-mail). */
    public record AddedRecipient(AlertRecipientRecord recipient, String signingSecret) {
    }

    @Audited("alert.recipient.add")
    public AddedRecipient addRecipient(@AuditTarget @NotNull(message = "{application.required}") @Valid AlertRecipientInput input) {
        String problem = input.addressProblem();
        if (problem != null) {
            throw new InvalidInputException("address", problem.equals("email") ? "must be an e-mail address (name@example.com)"
                    : "must be an http or https URL (https://example.com/alerts)");
        }
        boolean webhook = input.kind().equals("webhook");
        String secret = webhook ? AlertSignature.newSecret() : null;
        AlertRecipient added = recipients.add(new AlertRecipient(webhook ? AlertRecipient.Kind.WEBHOOK : AlertRecipient.Kind.EMAIL,
                input.address().trim(), secret, clock.instant(), actor.current()));
        return new AddedRecipient(record(added), secret);
    }

    @Audited("alert.recipient.remove")
    public void removeRecipient(@AuditTarget("recipient") long id) {
        if (!recipients.remove(id)) {
            throw new NotFoundInGatewayException("No alert recipient " + id + ".");
        }
    }

    /** The levels in force: what an administrator set, or the configured defaults. */
    public AlertLevels levels() {
        CachedLevels cached = levels;
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.levels();
        }
        AlertLevels current = recipients.settings()
                .map(row -> new AlertLevels(parseLevels(row.getQuotaLevels()), row.getErrorRatePercent()))
                .orElseGet(() -> new AlertLevels(parseLevels(defaultQuotaLevels), defaultErrorRatePercent));
        levels = new CachedLevels(current, now.plus(LEVELS_KEPT));
        return current;
    }

    @Audited("alert.levels.change")
    public AlertLevels changeLevels(@AuditTarget @NotNull(message = "{application.required}") @Valid AlertLevels changed) {
        List<Integer> sorted = changed.sortedQuotaLevels();
        recipients.saveSettings(sorted.stream().map(String::valueOf).collect(Collectors.joining(",")), changed.errorRatePercent(), clock.instant());
        levels = null;
        return levels();
    }

    static List<Integer> parseLevels(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .filter(l -> l >= 1 && l <= 100).distinct().sorted().toList();
    }

    private static AlertRecipientRecord record(AlertRecipient r) {
        return new AlertRecipientRecord(r.getId(), r.getKind().name().toLowerCase(java.util.Locale.ROOT), r.getAddress(), r.getCreatedAt(), r.getCreatedBy());
    }

    /** Cut to the column, the cut marked. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : Texts.clipped(text, max - 1) + "…";
    }
}
