package com.maiagentgateway.model;

import java.time.Instant;

/** Someone told of alerts; a webhook's signing secret is never part of it. */
public record AlertRecipientRecord(long id, String kind, String address, Instant createdAt, String createdBy) {
}
