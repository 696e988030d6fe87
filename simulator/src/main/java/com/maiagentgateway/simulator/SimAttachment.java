package com.maiagentgateway.simulator;

/** A registered attachment; {@code conversationId} is null for one made for completions. */
record SimAttachment(String id, String type, String filename, String file, String conversationId) {
}
