package com.maiagentgateway.console;

import com.maiagentgateway.platform.ConsoleTimeZone;
import com.maiagentgateway.service.InboxMessageCounter;
import com.maiagentgateway.service.OverviewStatistics;
import com.maiagentgateway.service.OverviewStatistics.MessageCounts;
import com.maiagentgateway.service.OverviewStatistics.Unread;
import com.maiagentgateway.service.OverviewStatistics.WorstAnswer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The overview ({@link OverviewStatistics} reads and adds up; this page draws): this week's headline, conversations
 * and messages per day per inbox, scores, likes against dislikes, the worst-rated answers, and what could not be read.
 */
@Named("overview")
@ViewScoped
public class OverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OverviewStatistics statistics;

    @Inject
    InboxMessageCounter messageCounter;

    @Inject
    ConsoleTimeZone timeZone;

    private OverviewStatistics.Overview overview;
    private MessageCounts messages;
    private final List<String> failures = new ArrayList<>();

    @PostConstruct
    void read() { // the address's tests=shown keeps the admins' tests in the figures
        overview = statistics.read(TestAsksListed.SHOWN.equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tests")));
        overview.unread().forEach(this::failed);
        show(overview.messages());
    }

    private void show(MessageCounts counted) {
        messages = counted;
        counted.unread().forEach(this::failed);
    }

    private void failed(Unread unread) {
        String key = switch (unread.part()) {
            case CONVERSATIONS -> "overview.conversationsOf";
            case MESSAGES -> "overview.messagesOf";
            case RECORDS -> "overview.recordsOf";
        };
        failures.add(ConsoleText.get(key, unread.label(), PageMessages.reason(unread.reason())));
    }

    /** Counts the messages now (an admin asked) and shows the new counts. */
    public void countMessagesNow() {
        InboxMessageCounter.Count count = messageCounter.countNow();
        if (count.unfinished().isEmpty()) {
            PageMessages.shown(ConsoleText.get("overview.counted", count.conversationsRead()));
        } else {
            count.unfinished().forEach(u -> PageMessages.error(ConsoleText.get("overview.notCounted", u.inbox() + ": " + PageMessages.reason(u.reason()))));
        }
        show(statistics.messages(overview.days()));
    }

    public String getConversationsChart() {
        return ChartJson.lines(overview.days(), overview.startedPerInbox(), ConsoleText.get("overview.startedSeries"), null);
    }

    public String getMessagesChart() {
        return ChartJson.lines(overview.days(), messages.perInbox(), ConsoleText.get("overview.messagesSeries"), null);
    }

    public String getScoresChart() {
        return ChartJson.lines(overview.days(), overview.relevancyPerChatbot(), ConsoleText.get("overview.relevancySeries"), 1.0);
    }

    /** This week against the week before: conversations, liked share, relevancy, failed answers. */
    public List<HeadlineFigures.Figure> getHeadline() {
        return HeadlineFigures.of(overview.headline());
    }

    /** The six scores' averages, this week against the week before: numbers to read, not six crossing lines. */
    public List<HeadlineFigures.Figure> getScoresThisWeek() {
        return HeadlineFigures.scores(overview.headline());
    }

    public String getFeedbackChart() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(ConsoleText.get("overview.likes"), overview.likes());
        counts.put(ConsoleText.get("overview.dislikes"), overview.dislikes());
        return ChartJson.doughnut(counts);
    }

    public String getLikeShare() {
        return HeadlineFigures.likeShare(overview.likes(), overview.dislikes());
    }

    public boolean isAnyMessages() {
        return !messages.perInbox().isEmpty();
    }

    public Instant getMessagesCountedAt() {
        return messages.countedAt();
    }

    public long getMessagesCountSeconds() {
        return messageCounter.getEverySeconds();
    }

    public boolean isAnyConversations() {
        return !overview.startedPerInbox().isEmpty();
    }

    public boolean isAnyRecords() {
        return overview.relevancyPerChatbot().values().stream().flatMap(Arrays::stream).anyMatch(Objects::nonNull);
    }

    public List<WorstAnswer> getWorst() {
        return overview.worst();
    }

    public long getTestsLeftOut() {
        return overview.testsLeftOut();
    }

    public List<String> getFailures() {
        return failures;
    }

    public int getDays() {
        return OverviewStatistics.DAYS;
    }

    public String getTimeZone() {
        return timeZone.getId();
    }
}
