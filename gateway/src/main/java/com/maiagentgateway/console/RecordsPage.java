package com.maiagentgateway.console;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsExport;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.service.RecordsService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;

/** Chatbot records: a chatbot, a date range and text filters; a paged table; the Excel export. */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RecordsService records;

    @Inject
    ConsoleDirectory directory;

    private String chatbotId;
    private LocalDate startDate = LocalDate.now().minusDays(30);
    private LocalDate endDate = LocalDate.now();
    @Size(max = 200, message = "{console.filter.size}")
    private String userText;
    @Size(max = 200, message = "{console.filter.size}")
    private String botText;
    static final int AVERAGED_AT_MOST = 1000;
    /** The averages of the current search (null until asked, and after a new search). */
    private Averages averages;
    /** The record the detail drawer shows. */
    private ChatbotRecord selected;
    /** What the table lists; null while the filters make no query. */
    private RecordsQuery query;
    private ConsolePagedModel<ChatbotRecord> table;

    @PostConstruct
    void firstChatbot() {
        if (!directory.getChatbots().isEmpty()) {
            chatbotId = directory.getChatbots().get(0).id();
        }
        table = new ConsolePagedModel<>("records.listing", (first, pageSize) -> {
            PageOf<ChatbotRecord> page = records.list(query, first / pageSize + 1, pageSize);
            return new ConsolePagedModel.Page<>(page.items(), (int) page.count());
        }, ChatbotRecord::id);
        if (chatbotId != null) {
            search();
        }
    }

    /** The filters as a query, or null (with a message) when they do not make one. */
    private RecordsQuery query() {
        if (chatbotId == null || !chatbotId.matches("[0-9a-fA-F-]{36}")) {
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

    public void search() {
        table.startOver(":list:records");
        query = query();
        averages = null;
    }

    /**
     * Averages the six scores over what the filter finds (its first {@value #AVERAGED_AT_MOST} records): asked for
     * with a button, since it reads every page of the search from MaiAgent.
     */
    public void computeAverages() {
        if (query == null) {
            return;
        }
        try {
            averages = Averages.over(pageNumber -> records.list(query, pageNumber, 100), AVERAGED_AT_MOST / 100);
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("records.averagesFailed"), failure);
        }
    }

    public Averages getAverages() {
        return averages;
    }

    /** The filters in the address (chatbot, from, to, user, bot) are what the table lists: after Back, on reload, from a bookmark. */
    public void listWhatTheAddressSays() {
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            search();
        }
    }

    /** A new search becomes a new address (post, redirect, get). */
    public String searchByAddress() {
        return "/console/records?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<ChatbotRecord> getTable() {
        return query == null ? null : table;
    }

    /** The last {@code days} days, today included, as a new address. */
    public String lastDays(int days) {
        endDate = LocalDate.now();
        startDate = endDate.minusDays(days - 1L);
        return searchByAddress();
    }

    /** The calendar month before this one, as a new address. */
    public String lastMonth() {
        LocalDate firstOfThisMonth = LocalDate.now().withDayOfMonth(1);
        startDate = firstOfThisMonth.minusMonths(1);
        endDate = firstOfThisMonth.minusDays(1);
        return searchByAddress();
    }

    /**
     * The workbook's file name says what is in it: chatbot, days and text filters, e.g.
     * {@code records_客服小幫手_2026-11-01_2026-11-28_question-退貨.xlsx} (an ASCII fallback beside it).
     */
    static String exportFileName(String chatbotLabel, RecordsQuery q) {
        StringBuilder name = new StringBuilder("records_").append(chatbotLabel).append('_').append(q.startDate()).append('_').append(q.endDate());
        if (q.userMessage() != null) {
            name.append("_question-").append(q.userMessage());
        }
        if (q.botMessage() != null) {
            name.append("_answer-").append(q.botMessage());
        }
        String safe = name.toString().replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]+", "-").replaceAll("\\s+", "-");
        return (safe.length() > 150 ? safe.substring(0, 150) : safe) + ".xlsx";
    }

    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        String encoded = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Streams MaiAgent's workbook straight to the browser, under a name that says the filter. */
    public void export() {
        RecordsQuery exported = query();
        if (exported == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try (RecordsExport export = records.export(exported); InputStream in = export.content()) {
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType(export.contentType() == null ? XLSX : export.contentType());
            external.setResponseHeader("Content-Disposition", contentDisposition(exportFileName(chatbotLabel(), exported)));
            try (OutputStream out = external.getResponseOutputStream()) {
                in.transferTo(out);
            }
            faces.responseComplete();
        } catch (IOException | RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("records.exportFailed"), failure);
        }
    }

    private String chatbotLabel() {
        return directory.getChatbots().stream().filter(c -> c.id().equalsIgnoreCase(chatbotId)).map(c -> c.label())
                .findFirst().orElse(chatbotId);
    }

    public ChatbotRecord getSelected() {
        return selected;
    }

    public void setSelected(ChatbotRecord selected) {
        this.selected = selected;
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
