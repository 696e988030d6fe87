package com.maiagentgateway.model;

import java.time.LocalDate;

/** Which chatbot records: a date range (inclusive) and optional text in the user's or the bot's message. */
public record RecordsQuery(String chatbotId, LocalDate startDate, LocalDate endDate, String userMessage, String botMessage) {
}
