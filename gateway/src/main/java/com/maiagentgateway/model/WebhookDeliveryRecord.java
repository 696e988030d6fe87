package com.maiagentgateway.model;

import java.time.Instant;
import java.util.List;

/**
 * One delivery MaiAgent made, as the delivery log shows it: when, the node that took it, what became of it
 * ({@code STORED}, {@code DUPLICATE}, {@code REFUSED} with the reason), and, for a stored reply, each node's push to
 * its open listeners.
 */
public record WebhookDeliveryRecord(long id, Instant receivedAt, String node, String outcome, String reason, String conversationId,
                                    String messageId, Long replyId, String traceId, List<Push> pushes) {

    /** A push of the stored reply to the listeners open on one node ({@code again}: an administrator's push again). */
    public record Push(String node, int listeners, boolean again, Instant at) {
    }
}
