package com.maiagentgateway.console;

import com.maiagentgateway.platform.ConsoleTimeZone;
import com.maiagentgateway.service.ScoreAverages;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.service.RecordsService;
import com.maiagentgateway.service.RecordsTriage;
import com.maiagentgateway.service.TestAsks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import org.primefaces.model.LazyDataModel;

/** Chatbot records: a chatbot, a date range and text filters; a paged table; the Excel export. */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LastListed lastListed;

    @Inject
    Clock clock;

    @Inject
    RecordsService records;

    @Inject
    ConsoleDirectory directory;

    @Inject
    ConsoleTimeZone timeZone;

    @Inject
    TestAsks testAsks;

    @Inject
    RecordsTriage triage;

    private final RecordsFilter filter = new RecordsFilter();
    private final TestAsksListed tests = new TestAsksListed();
    private final RecordsRanking ranking = new RecordsRanking();
    /** The averages of the current search (null until asked, and after a new search). */
    private ScoreAverages averages;
    /** The record the detail drawer shows. */
    private ChatbotRecord selected;
    /** What the table lists; null while the filters make no query. */
    private RecordsQuery query;
    private ConsolePagedModel<ChatbotRecord> table;

    @PostConstruct
    void firstChatbot() {
        filter.days(timeZone.today(), 31);
        if (!directory.getChatbots().isEmpty()) {
            filter.setChatbotId(directory.getChatbots().get(0).id());
        }
        table = new ConsolePagedModel<>("records.listing", (first, pageSize) -> tests.sift(
                ranking.page(query, first, pageSize, table.sorted(), records, triage), testAsks::testRecordsAmong, ChatbotRecord::id),
                ChatbotRecord::id, clock).rememberedIn(lastListed);
        if (filter.getChatbotId() != null) {
            search();
        }
    }

    public void search() {
        table.startOver(":list:records");
        query = filter.query();
        ranking.forget();
        averages = null;
    }

    /**
     * Averages the six scores over what the filter finds (its first {@value RecordsTriage#READ_AT_MOST} records): asked for
     * with a button, since it reads every page of the search from MaiAgent.
     */
    public void computeAverages() {
        if (query == null) {
            return;
        }
        try {
            averages = ScoreAverages.of(triage.readAll(query));
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("records.averagesFailed"), failure);
        }
    }

    public ScoreAverages getAverages() {
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
        filter.days(timeZone.today(), days);
        return searchByAddress();
    }

    /** The calendar month before this one, as a new address. */
    public String lastMonth() {
        filter.monthBefore(timeZone.today());
        return searchByAddress();
    }

    /** The admins' test asks: left out unless the address says tests=shown. */
    public TestAsksListed getTests() {
        return tests;
    }

    /** Only records with a low score or a dislike (attention=low), and score columns ranked. */
    public RecordsRanking getRanking() {
        return ranking;
    }

    public RecordsFilter getFilter() {
        return filter;
    }

    public ChatbotRecord getSelected() {
        return selected;
    }

    public void setSelected(ChatbotRecord selected) {
        this.selected = selected;
    }
}
