package com.maiagentgateway.model;

/** The channel a conversation came in on: web, line, telegram, messenger. */
public record Inbox(String id, String name, String channelType) {
}
