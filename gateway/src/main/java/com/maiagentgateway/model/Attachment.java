package com.maiagentgateway.model;

/** A file attached to a message; {@code type} is image, video, audio, sticker, other, or null when MaiAgent sent {@code {}}. */
public record Attachment(String id, String type, String filename, String file, String conversationId) {
}
