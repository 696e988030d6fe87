package com.maiagentgateway.model;

import java.time.Instant;
import java.util.List;

/** An alert as the history shows it, with what became of it at each recipient. */
public record AlertRecord(long id, String kind, String subject, String detail, Instant raisedAt, String node, List<Delivery> deliveries) {

    /** {@code state}: pending (tried again at {@code nextAttemptAt}), sent, or failed (given up). */
    public record Delivery(String recipient, String state, int attempts, String lastError, Instant sentAt, String sentBy, Instant nextAttemptAt) {
    }
}
