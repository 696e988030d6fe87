package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat history as a stateless client resends it (known only by its hash), and the MaiAgent conversation it is. */
@Entity
@Table(name = "chat_history_link")
public class ChatHistoryLink {

    @Id
    @Column(name = "history_hash", length = 64)
    private String historyHash;

    @Column(name = "conversation_id", nullable = false, length = 64)
    private String conversationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatHistoryLink() {
    }

    public String conversationId() {
        return conversationId;
    }
}
