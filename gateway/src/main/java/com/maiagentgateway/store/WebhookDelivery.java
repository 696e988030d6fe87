package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One delivery MaiAgent made to the webhook receiver, and what became of it. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** What the receiver made of a delivery. */
    public enum Outcome {
        STORED, DUPLICATE, REFUSED
    }

    public static final int MAX_REASON_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "node", nullable = false, length = 200)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "reason", length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "conversation_id", length = WebhookReply.MAX_ID_LENGTH)
    private String conversationId;

    @Column(name = "message_id", length = WebhookReply.MAX_ID_LENGTH)
    private String messageId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "trace_id", length = 32)
    private String traceId;

    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(Instant receivedAt, String node, Outcome outcome, String reason, String conversationId, String messageId,
                           Long replyId, String traceId) {
        this.receivedAt = receivedAt;
        this.node = node;
        this.outcome = outcome;
        this.reason = reason;
        this.conversationId = conversationId;
        this.messageId = messageId;
        this.replyId = replyId;
        this.traceId = traceId;
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getNode() {
        return node;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getConversationId() {
        return conversationId;
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public String getTraceId() {
        return traceId;
    }
}
