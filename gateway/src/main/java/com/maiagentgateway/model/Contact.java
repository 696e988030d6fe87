package com.maiagentgateway.model;

/** The person on the other side of a conversation. */
public record Contact(String id, String name, String avatar) {
}
