package com.maiagentgateway.bench.platform;

import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * MaiAgent's answers as JSON-B reads them, the fields the gateway passes on: no renaming, no variants, timestamps
 * kept as sent. Free-form and variable members (a sender's id is a number or a string) stay JSON-P values.
 */
public final class Wire {

    private Wire() {
    }

    public record Conversation(String id, String title, Contact contact, Inbox inbox, LastMessage lastMessage,
                               String lastMessageCreatedAt, Integer unreadMessagesCount, String createdAt,
                               Boolean autoReplyEnabled, Boolean isAutoReplyNow, String lastReadAt) {
    }

    public record Contact(String id, String name, String avatar) {
    }

    public record Inbox(String id, String name, String channelType) {
    }

    public record LastMessage(String id, String type, String content, String createdAt) {
    }

    public record MessagePage(Integer count, String next, String previous, List<Message> results) {
    }

    public record Message(String id, String conversation, Sender sender, String type, String content,
                          JsonValue contentPayload, JsonValue feedback, String createdAt, List<JsonValue> attachments,
                          List<JsonValue> citations, List<JsonValue> citationNodes, JsonValue queryMetadata) {
    }

    public record Sender(JsonValue id, String name, String avatar) {
    }

    /** A streamed completion's request, as far as the floor reads it. */
    public record CompletionRequest(@Valid @NotNull Question message) {
    }

    public record Question(@NotBlank String content) {
    }
}
