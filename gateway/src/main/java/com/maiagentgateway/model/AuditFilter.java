package com.maiagentgateway.model;

import java.time.Instant;

/** Which audit entries to show: filters left null match everything; {@code to} is exclusive. */
public record AuditFilter(String actor, String action, Instant from, Instant to) {
}
