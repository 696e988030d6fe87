package com.maiagentgateway.console;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.service.ConversationService;
import com.maiagentgateway.service.RecordsService;
import com.maiagentgateway.store.InboxMessageCounts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The overview at a glance, over the last {@value #DAYS} days: conversations started and messages per day per
 * inbox (the messages as counted by {@link InboxMessageCounter}, from the shared database), the
 * records' average scores per day per chatbot, likes against dislikes, and the worst-rated answers. Read from
 * MaiAgent once per visit (a bounded number of pages); what could not be read is said, not drawn as zero.
 */
@Named("overview")
@ViewScoped
public class OverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 14;
    /** At most this many pages of 100 per inbox and per chatbot: the overview never walks a whole history. */
    static final int MAX_PAGES = 5;

    @Inject
    ConversationService conversations;

    @Inject
    RecordsService records;

    @Inject
    ConsoleDirectory directory;

    @Inject
    InboxMessageCounts messageCounts;

    @Inject
    InboxMessageCounter messageCounter;

    @Inject
    RecordConversations recordConversations;

    private List<LocalDate> days;
    private final Map<String, Long[]> startedPerInbox = new LinkedHashMap<>();
    private final Map<String, Long[]> messagesPerInbox = new LinkedHashMap<>();
    /** When the least recently finished inbox count finished (null while any inbox has none yet). */
    private Instant messagesCountedAt;
    private final Map<String, Double[]> relevancyPerChatbot = new LinkedHashMap<>();
    /** The six scores' names (ConsoleText keys), in the order MaiAgent lists them. */
    static final List<String> SCORES = List.of("records.faithfulness", "records.answerRelevancy", "records.contextPrecision",
            "records.answerCorrectness", "records.answerSimilarity", "records.contextRecall");
    /** Per score and day, over every chatbot: the sum and count of the records that have that score. */
    private double[][] scoreSums;
    private int[][] scoreCounts;
    private long likes;
    private long dislikes;
    private final List<Worst> worst = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    /** One poorly rated answer, with where to read it in Records. */
    public record Worst(String chatbot, String chatbotId, LocalDate day, String question, String answer, Double relevancy, String feedback,
                        String senderName, Instant at, String conversationId) implements Serializable {

        Worst inConversation(String id) {
            return new Worst(chatbot, chatbotId, day, question, answer, relevancy, feedback, senderName, at, id);
        }
    }

    @PostConstruct
    void read() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        days = today.minusDays(DAYS - 1L).datesUntil(today.plusDays(1)).toList();
        scoreSums = new double[SCORES.size()][days.size()];
        scoreCounts = new int[SCORES.size()][days.size()];
        for (ConsoleDirectory.Choice inbox : directory.getInboxes()) {
            try {
                startedPerInbox.put(inbox.label(), conversationsStarted(inbox.id(), zone));
            } catch (RuntimeException failure) {
                failures.add(ConsoleText.get("overview.conversationsOf", inbox.label(), PageMessages.reason(failure)));
            }
        }
        readMessageCounts();
        List<Worst> rated = new ArrayList<>();
        for (ConsoleDirectory.Choice chatbot : directory.getChatbots()) {
            try {
                readRecords(chatbot, zone, rated);
            } catch (RuntimeException failure) {
                failures.add(ConsoleText.get("overview.recordsOf", chatbot.label(), PageMessages.reason(failure)));
            }
        }
        rated.sort(Comparator.comparing(Worst::relevancy));
        for (Worst answer : rated.subList(0, Math.min(5, rated.size()))) {
            worst.add(withItsConversation(answer));
        }
    }

    /** The answer with the conversation it came from, when that one can be told (see RecordConversations). */
    private Worst withItsConversation(Worst answer) {
        try {
            return recordConversations.of(answer.question(), answer.senderName(), answer.at()).map(answer::inConversation).orElse(answer);
        } catch (RuntimeException searchFailed) {
            return answer; // the Records link still leads to it
        }
    }

    private Long[] conversationsStarted(String inboxId, ZoneId zone) {
        Long[] perDay = new Long[days.size()];
        java.util.Arrays.fill(perDay, 0L);
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            CursorPage<Conversation> listed = conversations.list(inboxId, null, cursor, 100);
            boolean older = false;
            for (Conversation c : listed.items()) {
                if (c.createdAt() == null) {
                    continue;
                }
                int index = days.indexOf(c.createdAt().atZone(zone).toLocalDate());
                if (index >= 0) {
                    perDay[index]++;
                } else if (c.createdAt().atZone(zone).toLocalDate().isBefore(days.get(0))) {
                    older = true;
                }
            }
            cursor = listed.nextCursor();
            if (cursor == null || older && listed.items().stream().allMatch(c -> c.lastMessageAt() == null
                    || c.lastMessageAt().atZone(zone).toLocalDate().isBefore(days.get(0)))) {
                break;
            }
        }
        return perDay;
    }

    /** The gateway's own counts (see InboxMessageCounter), read from the shared database. */
    private void readMessageCounts() {
        Instant oldest = null;
        boolean allCounted = true;
        for (ConsoleDirectory.Choice inbox : directory.getInboxes()) {
            try {
                Map<LocalDate, Long> counted = messageCounts.perDay(inbox.id(), days.get(0), days.get(days.size() - 1));
                Long[] perDay = days.stream().map(day -> counted.getOrDefault(day, 0L)).toArray(Long[]::new);
                var countedAt = messageCounts.countedAt(inbox.id());
                if (countedAt.isPresent()) {
                    messagesPerInbox.put(inbox.label(), perDay);
                    oldest = oldest == null || countedAt.get().isBefore(oldest) ? countedAt.get() : oldest;
                } else {
                    allCounted = false;
                }
            } catch (RuntimeException failure) {
                failures.add(ConsoleText.get("overview.messagesOf", inbox.label(), PageMessages.reason(failure)));
            }
        }
        messagesCountedAt = allCounted ? oldest : null;
    }

    private void readRecords(ConsoleDirectory.Choice chatbot, ZoneId zone, List<Worst> rated) {
        double[] sums = new double[days.size()];
        int[] counts = new int[days.size()];
        RecordsQuery query = new RecordsQuery(chatbot.id(), days.get(0), days.get(days.size() - 1), null, null);
        for (int page = 1; page <= MAX_PAGES; page++) {
            PageOf<ChatbotRecord> listed = records.list(query, page, 100);
            for (ChatbotRecord r : listed.items()) {
                Double relevancy = r.scores() == null ? null : r.scores().answerRelevancy();
                LocalDate day = r.createdAt() == null ? null : r.createdAt().atZone(zone).toLocalDate();
                int index = day == null ? -1 : days.indexOf(day);
                if (r.scores() != null && index >= 0) {
                    Double[] values = {r.scores().faithfulness(), r.scores().answerRelevancy(), r.scores().contextPrecision(),
                            r.scores().answerCorrectness(), r.scores().answerSimilarity(), r.scores().contextRecall()};
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            scoreSums[i][index] += values[i];
                            scoreCounts[i][index]++;
                        }
                    }
                }
                if (relevancy != null && index >= 0) {
                    sums[index] += relevancy;
                    counts[index]++;
                    rated.add(new Worst(chatbot.label(), chatbot.id(), day, r.userMessage(), r.botMessage(), relevancy,
                            r.feedback() == null ? null : r.feedback().type(), r.senderName(), r.createdAt(), null));
                }
                if (r.feedback() != null && "like".equalsIgnoreCase(r.feedback().type())) {
                    likes++;
                } else if (r.feedback() != null && "dislike".equalsIgnoreCase(r.feedback().type())) {
                    dislikes++;
                }
            }
            if ((long) page * 100 >= listed.count()) {
                break;
            }
        }
        Double[] averages = new Double[days.size()];
        for (int i = 0; i < averages.length; i++) {
            averages[i] = counts[i] == 0 ? null : Math.round(sums[i] / counts[i] * 100) / 100.0;
        }
        relevancyPerChatbot.put(chatbot.label(), averages);
    }

    public String getConversationsChart() {
        return ChartJson.lines(days, startedPerInbox, ConsoleText.get("overview.startedSeries"), null);
    }

    public String getMessagesChart() {
        return ChartJson.lines(days, messagesPerInbox, ConsoleText.get("overview.messagesSeries"), null);
    }

    public boolean isAnyMessages() {
        return !messagesPerInbox.isEmpty();
    }

    public Instant getMessagesCountedAt() {
        return messagesCountedAt;
    }

    public long getMessagesCountSeconds() {
        return messageCounter.getEverySeconds();
    }

    /** Counts the messages now (an admin asked) and shows the new counts. */
    public void countMessagesNow() {
        InboxMessageCounter.Count count = messageCounter.countNow();
        if (count.unfinished().isEmpty()) {
            PageMessages.shown(ConsoleText.get("overview.counted", count.conversationsRead()));
        } else {
            count.unfinished().forEach(reason -> PageMessages.error(ConsoleText.get("overview.notCounted", reason)));
        }
        messagesPerInbox.clear();
        readMessageCounts();
    }

    public String getScoresChart() {
        return ChartJson.lines(days, relevancyPerChatbot, ConsoleText.get("overview.relevancySeries"), 1.0);
    }

    /** The six scores, each averaged per day over every chatbot's records that have it. */
    public String getAllScoresChart() {
        Map<String, Double[]> perScore = new LinkedHashMap<>();
        for (int i = 0; i < SCORES.size(); i++) {
            Double[] averages = new Double[days.size()];
            for (int d = 0; d < averages.length; d++) {
                averages[d] = scoreCounts[i][d] == 0 ? null : Math.round(scoreSums[i][d] / scoreCounts[i][d] * 100) / 100.0;
            }
            perScore.put(ConsoleText.get(SCORES.get(i)), averages);
        }
        return ChartJson.lines(days, perScore, ConsoleText.get("overview.scoreSeries"), 1.0);
    }

    public String getFeedbackChart() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(ConsoleText.get("overview.likes"), likes);
        counts.put(ConsoleText.get("overview.dislikes"), dislikes);
        return ChartJson.doughnut(counts);
    }

    public String getLikeShare() {
        long all = likes + dislikes;
        return all == 0 ? ConsoleText.get("overview.noFeedback") : ConsoleText.get("overview.liked", Math.round(100.0 * likes / all), likes, all);
    }

    public boolean isAnyConversations() {
        return !startedPerInbox.isEmpty();
    }

    public boolean isAnyRecords() {
        return relevancyPerChatbot.values().stream().flatMap(java.util.Arrays::stream).anyMatch(Objects::nonNull);
    }

    public List<Worst> getWorst() {
        return worst;
    }

    public List<String> getFailures() {
        return failures;
    }

    public int getDays() {
        return DAYS;
    }
}
