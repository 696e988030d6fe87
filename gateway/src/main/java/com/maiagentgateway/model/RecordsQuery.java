package com.maiagentgateway.model;

import java.time.LocalDate;

/** Which chatbot records: a date range (inclusive) and optional text in the user's or the bot's message. */
public record RecordsQuery(String chatbotId, LocalDate startDate, LocalDate endDate, String userMessage, String botMessage)
        implements AuditSubject {

    /** Which chatbot, which days and which filters, as an export's audit entry names them (at most 500 characters). */
    @Override
    public String auditTarget() {
        StringBuilder target = new StringBuilder("chatbot ").append(chatbotId).append(' ')
                .append(startDate).append("..").append(endDate);
        if (userMessage != null) {
            target.append(" question~").append(userMessage);
        }
        if (botMessage != null) {
            target.append(" answer~").append(botMessage);
        }
        return target.length() > 500 ? target.substring(0, 500) : target.toString();
    }
}
