package com.maiagentgateway.service;

import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.WebhookDeliveryRecord;
import com.maiagentgateway.platform.NodeName;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.platform.Traces;
import com.maiagentgateway.store.WebhookDeliveries;
import com.maiagentgateway.store.WebhookDelivery;
import com.maiagentgateway.store.WebhookPush;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook delivery log, the first place an operator looks when "the reply never came": every delivery MaiAgent
 * made (stored, duplicate, or refused with the reason), the node that took it, and how many listeners each node's
 * push reached. Writing it never fails a delivery: a log row lost to a database hiccup is said in the server log.
 */
@ApplicationScoped
public class WebhookDeliveryLog {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryLog.class.getName());

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    NodeName node;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.webhooks.log-retention-days", defaultValue = "30")
    long retentionDays;

    /** A delivery the receiver refused (past its secret), with why. */
    public void refused(String reason, String conversationId, String messageId) {
        received(WebhookDelivery.Outcome.REFUSED, reason, conversationId, messageId, null);
    }

    /** A delivery as the receiver took it; {@code replyId}: the stored reply (a stored delivery only). */
    void received(WebhookDelivery.Outcome outcome, String reason, String conversationId, String messageId, Long replyId) {
        try {
            deliveries.add(new WebhookDelivery(clock.instant(), node.get(), outcome, Texts.clipped(reason, WebhookDelivery.MAX_REASON_LENGTH),
                    Texts.clipped(conversationId, 100), Texts.clipped(messageId, 100), replyId, Traces.currentTraceId().orElse(null)));
        } catch (RuntimeException notLogged) {
            LOG.log(Level.WARNING, "A webhook delivery (" + outcome + ", message " + messageId + ") is not in the delivery log: "
                    + notLogged.getMessage());
        }
    }

    /** This node pushed a stored reply to this many open listeners (none: nothing is written). */
    public void pushed(long replyId, int listeners, boolean again) {
        if (listeners == 0 && !again) {
            return;
        }
        try {
            deliveries.add(new WebhookPush(replyId, node.get(), listeners, again, clock.instant()));
        } catch (RuntimeException notLogged) {
            LOG.log(Level.WARNING, "A push of reply " + replyId + " to " + listeners + " listeners is not in the delivery log: "
                    + notLogged.getMessage());
        }
    }

    /** Deliveries, newest first, of one conversation or all (null), with each stored reply's pushes. */
    public PageOf<WebhookDeliveryRecord> newestFirst(String conversationId, int first, int pageSize) {
        List<WebhookDelivery> rows = deliveries.newestFirst(conversationId, first, pageSize);
        Map<Long, List<WebhookDeliveryRecord.Push>> pushes = deliveries.pushesOf(
                        rows.stream().map(WebhookDelivery::getReplyId).filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.groupingBy(WebhookPush::getReplyId,
                        Collectors.mapping(p -> new WebhookDeliveryRecord.Push(p.getNode(), p.getListeners(), p.isAgain(), p.getPushedAt()),
                                Collectors.toList())));
        List<WebhookDeliveryRecord> items = rows.stream().map(d -> new WebhookDeliveryRecord(d.getId(), d.getReceivedAt(), d.getNode(),
                d.getOutcome().name(), d.getReason(), d.getConversationId(), d.getMessageId(), d.getReplyId(), d.getTraceId(),
                d.getReplyId() == null ? List.of() : pushes.getOrDefault(d.getReplyId(), List.of()))).toList();
        return new PageOf<>(items, deliveries.count(conversationId), first / Math.max(1, pageSize) + 1, pageSize);
    }

    /** How many days the log is kept (0: forever). */
    public long keepsDays() {
        return retentionDays;
    }

    /** Deletes what is older than the retention ({@code maiagent.webhooks.log-retention-days}, 0: kept forever). */
    public int prune() {
        return retentionDays > 0 ? deliveries.deleteBefore(Instant.now(clock).minus(Duration.ofDays(retentionDays))) : 0;
    }
}
