package com.maiagentgateway.model;

/** A piece of a streamed reply, as soon as it arrives; {@code done} marks the last one. */
public record ReplyDelta(String content, String conversationId, boolean done) implements AuditSubject {

    @Override
    public String auditTarget() {
        return conversationId == null ? null : "conversation " + conversationId;
    }
}
