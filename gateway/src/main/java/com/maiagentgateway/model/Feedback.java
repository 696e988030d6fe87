package com.maiagentgateway.model;

import java.time.Instant;

/** An end user's verdict on a reply ({@code like}/{@code dislike}), however MaiAgent spelled it. */
public record Feedback(String id, String type, String suggestion, Instant updatedAt) {
}
