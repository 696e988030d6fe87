package com.maiagentgateway.client;

import java.time.Instant;

/** A MaiAgent conversation, as the gateway lists it. */
public record Conversation(String id, String title, Contact contact, Inbox inbox, Instant lastMessageAt, Instant createdAt) {

    /** Starts a conversation in a web-chat inbox. */
    public record Start(String webChat) {
    }

    public record Contact(String id, String name) {
    }

    public record Inbox(String id, String name, String channelType) {
    }
}
