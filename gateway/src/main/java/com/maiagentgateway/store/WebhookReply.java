package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply MaiAgent delivered by webhook, kept as the normalised message (JSON). */
@Entity
@Table(name = "webhook_reply")
public class WebhookReply {

    @Id
    @SequenceGenerator(name = "webhook_reply_seq", sequenceName = "webhook_reply_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_reply_seq")
    private Long id;

    /** MaiAgent's ids are UUIDs; the columns leave room for other forms, up to this. */
    public static final int MAX_ID_LENGTH = 100;

    @Column(name = "message_id", nullable = false, length = MAX_ID_LENGTH, unique = true)
    private String messageId;

    @Column(name = "conversation_id", nullable = false, length = MAX_ID_LENGTH)
    private String conversationId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Lob
    @Column(name = "message_json", nullable = false)
    private String messageJson;

    protected WebhookReply() {
        // for JPA
    }

    public WebhookReply(String messageId, String conversationId, Instant receivedAt, String messageJson) {
        this.messageId = messageId;
        this.conversationId = conversationId;
        this.receivedAt = receivedAt;
        this.messageJson = messageJson;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getConversationId() {
        return conversationId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getMessageJson() {
        return messageJson;
    }
}
