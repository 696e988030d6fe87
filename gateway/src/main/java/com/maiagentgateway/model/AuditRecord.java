package com.maiagentgateway.model;

import java.time.Instant;

/**
 * An audit trail entry as the API and console show it. {@code times} is how often it happened: above 1 only for a
 * repeated refused sign-in, counted in one entry from {@code occurredAt} to {@code lastOccurredAt}.
 */
public record AuditRecord(String id, Instant occurredAt, String actor, String action, String target,
                          String outcome, String detail, int times, Instant lastOccurredAt) {
}
