package com.maiagentgateway.model;

import java.time.Instant;
import java.util.List;

/** One message of a conversation, normalised; {@code type} is incoming or outgoing. */
public record Message(String id, String conversationId, Sender sender, String type, String content,
                      Feedback feedback, Instant createdAt, List<Attachment> attachments, List<Citation> citations) {
}
