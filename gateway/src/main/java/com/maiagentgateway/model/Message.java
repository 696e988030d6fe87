package com.maiagentgateway.model;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One message of a conversation, normalised; {@code type} is incoming or outgoing.
 * {@code contentPayload} and {@code queryMetadata} are MaiAgent's free-form objects, passed on as they came.
 */
public record Message(String id, String conversationId, Sender sender, String type, String content,
                      JsonObject contentPayload, Feedback feedback, Instant createdAt, List<Attachment> attachments,
                      List<Citation> citations, List<CitationNode> citationNodes, Canvas canvas, JsonObject queryMetadata) {

    /** A thread's order: oldest first, and a question before its answer when MaiAgent stamps both with the same time. */
    public static final Comparator<Message> THREAD_ORDER = Comparator
            .comparing(Message::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(message -> "outgoing".equals(message.type()));
}
