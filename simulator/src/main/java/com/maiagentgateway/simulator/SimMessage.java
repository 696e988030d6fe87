package com.maiagentgateway.simulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One message. The fields MaiAgent sends in several shapes are kept as the JSON they go out as:
 * {@code senderId} (a UUID string, or a bare number beyond 64 bits), {@code feedback} (null, a
 * bare string, or an object) and {@code createdAt} (epoch milliseconds as a string, or free text).
 * {@code extras} holds what a create sent of {@code contentPayload}, {@code canvas} and {@code queryMetadata}.
 */
record SimMessage(String id, String conversationId, JsonValue senderId, String senderName, String senderAvatar,
                  String type, String content, JsonValue feedback, String createdAt, long createdAtMillis,
                  JsonArray attachments, JsonArray citations, JsonObject extras) {

    /** A message with none of the optional members a create may carry ({@code contentPayload}, {@code canvas}, {@code queryMetadata}). */
    SimMessage(String id, String conversationId, JsonValue senderId, String senderName, String senderAvatar,
               String type, String content, JsonValue feedback, String createdAt, long createdAtMillis,
               JsonArray attachments, JsonArray citations) {
        this(id, conversationId, senderId, senderName, senderAvatar, type, content, feedback, createdAt, createdAtMillis,
                attachments, citations, JsonValue.EMPTY_JSON_OBJECT);
    }

    boolean fromBot() {
        return "outgoing".equals(type);
    }
}
