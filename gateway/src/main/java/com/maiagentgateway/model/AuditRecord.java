package com.maiagentgateway.model;

import java.time.Instant;

/** An audit trail entry as the API and console show it. */
public record AuditRecord(String id, Instant occurredAt, String actor, String action, String target,
                          String outcome, String detail) {
}
