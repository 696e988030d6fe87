package com.maiagentgateway.model;

/**
 * An action to be put in the audit trail, fired as a CDI event by floors below the services (authentication)
 * that may not call the trail themselves; {@code service/AuditTrail} writes it. With a {@code source} (the caller's
 * address, for a refused sign-in) its repeats from there are counted in one entry.
 */
public record AuditNote(String actor, String action, String target, AuditOutcome outcome, String detail, String source) {
}
