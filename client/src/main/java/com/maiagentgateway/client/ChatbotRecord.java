package com.maiagentgateway.client;

import java.time.Instant;

/** One question a chatbot answered, with what MaiAgent recorded of it. */
public record ChatbotRecord(String id, String senderName, String userMessage, String botMessage, String replyTime,
                            Instant createdAt, String error) {
}
