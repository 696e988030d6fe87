package com.maiagentgateway.console;

import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.platform.Uuid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The Records page's filters, as the form and the address ({@code chatbot, from, to, user, bot}) hold them. */
public class RecordsFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String chatbotId;
    private LocalDate startDate;
    private LocalDate endDate;
    @Size(max = 200, message = "{console.filter.size}")
    private String userText;
    @Size(max = 200, message = "{console.filter.size}")
    private String botText;

    /** The filters as a query, or null (with a message on the page) when they do not make one. */
    RecordsQuery query() {
        if (!Uuid.Validator.isUuid(chatbotId)) {
            PageMessages.error(ConsoleText.get("records.chooseChatbot"));
            return null;
        }
        if (startDate == null || endDate == null) {
            PageMessages.error(ConsoleText.get("records.chooseDates"));
            return null;
        }
        if (startDate.isAfter(endDate)) {
            PageMessages.error(ConsoleText.get("records.datesReversed"));
            return null;
        }
        return new RecordsQuery(chatbotId, startDate, endDate, Texts.trimmedOrNull(userText), Texts.trimmedOrNull(botText));
    }

    /** {@code days} days up to {@code last}, both included. */
    void days(LocalDate last, int days) {
        endDate = last;
        startDate = last.minusDays(days - 1L);
    }

    /** The calendar month before the one {@code today} is in. */
    void monthBefore(LocalDate today) {
        LocalDate firstOfThisMonth = today.withDayOfMonth(1);
        startDate = firstOfThisMonth.minusMonths(1);
        endDate = firstOfThisMonth.minusDays(1);
    }

    public String getChatbotId() {
        return chatbotId;
    }

    public void setChatbotId(String chatbotId) {
        this.chatbotId = chatbotId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getUserText() {
        return userText;
    }

    public void setUserText(String userText) {
        this.userText = userText;
    }

    public String getBotText() {
        return botText;
    }

    public void setBotText(String botText) {
        this.botText = botText;
    }
}
