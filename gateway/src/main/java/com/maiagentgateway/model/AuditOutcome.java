package com.maiagentgateway.model;

/** How an audited action ended: done, failed, or refused before it was tried. */
public enum AuditOutcome { SUCCESS, FAILURE, DENIED }
