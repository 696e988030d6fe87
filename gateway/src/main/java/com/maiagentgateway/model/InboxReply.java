package com.maiagentgateway.model;

import java.time.Instant;

/** A reply as the gateway's inbox holds it: its inbox id (the SSE event id), when it came, the message. */
public record InboxReply(long inboxId, Instant receivedAt, Message message) {
}
