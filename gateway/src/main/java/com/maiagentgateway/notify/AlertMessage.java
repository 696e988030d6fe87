package com.maiagentgateway.notify;

/** What a recipient is told: a subject and a text for e-mail, and the same alert as a JSON body for a webhook. */
public record AlertMessage(String subject, String text, String json) {
}
