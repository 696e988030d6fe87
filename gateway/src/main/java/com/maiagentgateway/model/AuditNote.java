package com.maiagentgateway.model;

/**
 * An action to be put in the audit trail, fired as a CDI event by floors below the services (authentication)
 * that may not call the trail themselves; {@code service/AuditTrail} writes it.
 */
public record AuditNote(String actor, String action, String target, AuditOutcome outcome, String detail) {
}
