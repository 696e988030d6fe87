package com.maiagentgateway.model;

/**
 * Something an audited write acts on that can name itself in the audit trail ("conversation 1f2e…"). A result
 * that is one names the target once the write is done (a new conversation's id); a parameter marked
 * {@code service.AuditTarget} that is one names it before.
 */
public interface AuditSubject {

    /** How the audit trail names it; null when it has nothing to say. */
    String auditTarget();
}
