package com.maiagentgateway.model;

/** Who sent a message. {@code id} is a string even when MaiAgent sends a number beyond 64 bits. */
public record Sender(String id, String name, String avatar, String email, String phoneNumber) {
}
