package com.maiagentgateway.model;

import java.time.Instant;

/** A knowledge-base document a reply drew on. */
public record Citation(String id, String filename, String file, String fileType, Long size, Instant createdAt) {
}
