package com.maiagentgateway.client;

/** A file MaiAgent holds for a conversation. */
public record Attachment(String id, String type, String filename, String file, String conversationId) {

    /** A conversation's attachments. */
    public record List(java.util.List<Attachment> items) {
    }
}
