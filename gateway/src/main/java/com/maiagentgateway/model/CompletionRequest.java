package com.maiagentgateway.model;

import jakarta.json.JsonObject;
import java.util.List;

/** A message for a chatbot, optionally in an existing conversation, with attachments and MaiAgent's optional extras. */
public record CompletionRequest(String conversationId, String content, List<Attachment> attachments,
                                JsonObject contentPayload, JsonObject queryMetadata, String sender) implements AuditSubject {

    /** The conversation it continues, if any (a new one is named by the reply). */
    @Override
    public String auditTarget() {
        return conversationId == null ? null : "conversation " + conversationId;
    }
}
