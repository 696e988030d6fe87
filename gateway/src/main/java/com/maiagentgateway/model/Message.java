package com.maiagentgateway.model;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation, normalised; {@code type} is incoming or outgoing.
 * {@code contentPayload} and {@code queryMetadata} are MaiAgent's free-form objects, passed on as they came.
 */
public record Message(String id, String conversationId, Sender sender, String type, String content,
                      JsonObject contentPayload, Feedback feedback, Instant createdAt, List<Attachment> attachments,
                      List<Citation> citations, List<CitationNode> citationNodes, Canvas canvas, JsonObject queryMetadata) {
}
