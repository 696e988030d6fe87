package com.maiagentgateway.model;

import java.time.Instant;

/** A document a message carries beside its text (markdown, a diagram...); {@code id} and {@code createdAt} only once stored. */
public record Canvas(String id, String name, String canvasType, String title, String content, Instant createdAt) {
}
