package com.maiagentgateway.model;

import java.time.Instant;

/** A conversation, normalised. */
public record Conversation(String id, String title, Contact contact, Inbox inbox, LastMessage lastMessage,
                           Instant lastMessageAt, int unreadMessagesCount, Instant createdAt) {
}
