package com.maiagentgateway.model;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** A conversation, normalised; whether the chatbot answers it on its own, and when it was last read. */
public record Conversation(String id, String title, Contact contact, Inbox inbox, LastMessage lastMessage,
                           Instant lastMessageAt, int unreadMessagesCount, Instant createdAt,
                           Boolean autoReplyEnabled, @JsonbProperty("isAutoReplyNow") Boolean autoReplyNow,
                           Instant lastReadAt) implements AuditSubject {

    @Override
    public String auditTarget() {
        return "conversation " + id;
    }
}
