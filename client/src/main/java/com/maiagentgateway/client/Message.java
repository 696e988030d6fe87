package com.maiagentgateway.client;

import java.time.Instant;

/** A message of a conversation: the caller's, or a chatbot's reply ({@code type} outgoing). */
public record Message(String id, String conversationId, Sender sender, String type, String content, Instant createdAt,
                      java.util.List<Attachment> attachments) {

    /** A message to send: its text (more members of the API's are optional and left out here). */
    public record Send(String content) {
    }

    public record Sender(String id, String name) {
    }
}
