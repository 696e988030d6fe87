package com.maiagentgateway.simulator;

/** The person on the other side of a conversation. */
record SimContact(String id, String name, String avatar, String sourceId) {
}
