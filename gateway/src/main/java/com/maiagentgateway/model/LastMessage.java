package com.maiagentgateway.model;

import java.time.Instant;

/** The latest message of a conversation, as the conversation list shows it. */
public record LastMessage(String id, String type, String content, Instant createdAt) {
}
