package com.maiagentgateway.model;

import jakarta.json.JsonObject;
import java.util.List;

/** A message to send into a conversation, with MaiAgent's optional members (all but content and attachments may be null). */
public record OutgoingMessage(String type, String content, List<Attachment> attachments, JsonObject contentPayload,
                              JsonObject queryMetadata, Canvas canvas) {

    public static OutgoingMessage text(String content) {
        return new OutgoingMessage(null, content, List.of(), null, null, null);
    }
}
