package com.maiagentgateway.model;

import jakarta.json.JsonObject;
import java.util.List;

/** A message for a chatbot, optionally in an existing conversation, with attachments and MaiAgent's optional extras. */
public record CompletionRequest(String conversationId, String content, List<Attachment> attachments,
                                JsonObject contentPayload, JsonObject queryMetadata, String sender) {
}
