package com.maiagentgateway.model;

/** A whole reply from a chatbot and the conversation it belongs to. */
public record CompletionReply(String content, String conversationId) implements AuditSubject {

    @Override
    public String auditTarget() {
        return conversationId == null ? null : "conversation " + conversationId;
    }
}
