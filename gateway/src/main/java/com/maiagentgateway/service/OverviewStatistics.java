package com.maiagentgateway.service;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.platform.ConsoleTimeZone;
import com.maiagentgateway.store.InboxMessageCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The console's overview, over the last {@value #DAYS} days in the console's time zone: conversations started and
 * messages per day per inbox (the messages as {@link InboxMessageCounter} counted them into the shared database),
 * the records' average answer relevancy per day per chatbot, the six scores per day over every chatbot, likes
 * against dislikes, and the worst-rated answers. MaiAgent is read a bounded number of pages; what could not be
 * read is named in {@link Overview#unread()}, never drawn as zero. The admins' own tests are left out by default.
 */
@ApplicationScoped
public class OverviewStatistics {

    public static final int DAYS = 14;
    /** At most this many pages of 100 per inbox and per chatbot: the overview never walks a whole history. */
    static final int MAX_PAGES = 5;
    static final int WORST = 5;

    @Inject
    ConversationService conversations;

    @Inject
    RecordsService records;

    @Inject
    ConsoleDirectory directory;

    @Inject
    InboxMessageCounts messageCounts;

    @Inject
    RecordConversations recordConversations;

    @Inject
    ConsoleTimeZone timeZone;

    @Inject
    TestAsks testAsks;

    /** What the overview could not read, and why. */
    public enum Part { CONVERSATIONS, MESSAGES, RECORDS }

    public record Unread(Part part, String label, RuntimeException reason) implements Serializable {
    }

    /** One poorly rated answer, with where to read it in Records and, when it can be told, its conversation. */
    public record WorstAnswer(String chatbot, String chatbotId, LocalDate day, String question, String answer, Double relevancy,
                              String feedback, String senderName, Instant at, String conversationId) implements Serializable {

        WorstAnswer inConversation(String id) {
            return new WorstAnswer(chatbot, chatbotId, day, question, answer, relevancy, feedback, senderName, at, id);
        }
    }

    /** The counted messages per day per inbox; {@code countedAt} when the least recent inbox count finished (null while any has none). */
    public record MessageCounts(Map<String, Long[]> perInbox, Instant countedAt, List<Unread> unread) implements Serializable {
    }

    /** The overview's figures, each series one value per day of {@code days} (null: no record that day had it). */
    public record Overview(List<LocalDate> days, Map<String, Long[]> startedPerInbox, MessageCounts messages,
                           Map<String, Double[]> relevancyPerChatbot, long likes, long dislikes,
                           List<WorstAnswer> worst, List<Unread> unread, Headline headline, long testsLeftOut) implements Serializable {
    }

    /** One figure over the last 7 days (today included) and over the 7 days before; null where nothing was there to count. */
    public record WeekOnWeek(Double thisWeek, Double weekBefore) implements Serializable {
    }

    /**
     * The numbers at a glance, each this week against the week before: conversations started, the share of
     * feedback that liked, the average answer relevancy, the answers MaiAgent recorded as failed (an error in their
     * record), and each of the six scores' average.
     */
    public record Headline(WeekOnWeek conversations, WeekOnWeek likeRate, WeekOnWeek relevancy, WeekOnWeek failedAnswers,
                           List<WeekOnWeek> scores) implements Serializable {
    }

    public List<LocalDate> days() {
        LocalDate today = timeZone.today();
        return today.minusDays(DAYS - 1L).datesUntil(today.plusDays(1)).toList();
    }

    /** The overview; the admins' own tests ({@link TestAsks}) left out of every figure unless {@code testsShown}. */
    public Overview read(boolean testsShown) {
        List<LocalDate> days = days();
        ZoneId zone = timeZone.zone();
        List<Unread> unread = new ArrayList<>();
        Map<String, Long[]> started = new LinkedHashMap<>();
        long[] testsLeftOut = new long[1];
        for (ConsoleDirectory.Choice inbox : directory.getInboxes()) {
            try {
                started.put(inbox.label(), conversationsStarted(inbox.id(), days, zone, testsShown, testsLeftOut));
            } catch (RuntimeException failure) {
                unread.add(new Unread(Part.CONVERSATIONS, inbox.label(), failure));
            }
        }
        MessageCounts messages = messages(days);
        RecordFigures figures = new RecordFigures(days, zone, testsShown);
        for (ConsoleDirectory.Choice chatbot : directory.getChatbots()) {
            try {
                figures.read(chatbot);
            } catch (RuntimeException failure) {
                unread.add(new Unread(Part.RECORDS, chatbot.label(), failure));
            }
        }
        figures.rated.sort(Comparator.comparing(WorstAnswer::relevancy));
        List<WorstAnswer> worst = figures.rated.subList(0, Math.min(WORST, figures.rated.size())).stream()
                .map(this::withItsConversation).toList();
        return new Overview(days, started, messages, figures.relevancyPerChatbot, figures.likes, figures.dislikes, worst, unread,
                headline(started, figures), testsLeftOut[0] + figures.testsLeftOut);
    }

    /** The two weeks of {@link #DAYS}: index 0 the week before, 1 this one (its last day today). */
    static int weekOf(int dayIndex) {
        return dayIndex < DAYS - 7 ? 0 : 1;
    }

    private static Headline headline(Map<String, Long[]> started, RecordFigures figures) {
        double[] conversations = new double[2];
        for (Long[] perDay : started.values()) {
            for (int day = 0; day < perDay.length; day++) {
                conversations[weekOf(day)] += perDay[day];
            }
        }
        List<WeekOnWeek> scores = new ArrayList<>();
        for (int s = 0; s < ScoreTally.SCORES; s++) {
            scores.add(new WeekOnWeek(figures.scoresPerWeek[1].mean(s), figures.scoresPerWeek[0].mean(s)));
        }
        return new Headline(started.isEmpty() ? new WeekOnWeek(null, null) : new WeekOnWeek(conversations[1], conversations[0]),
                new WeekOnWeek(likeRate(figures, 1), likeRate(figures, 0)), scores.get(1),
                new WeekOnWeek((double) figures.failedPerWeek[1], (double) figures.failedPerWeek[0]), scores);
    }

    private static Double likeRate(RecordFigures figures, int week) {
        long rated = figures.likesPerWeek[week] + figures.dislikesPerWeek[week];
        return rated == 0 ? null : ScoreTally.rounded((double) figures.likesPerWeek[week] / rated);
    }

    /** The gateway's own message counts, read from the shared database. */
    public MessageCounts messages(List<LocalDate> days) {
        Map<String, Long[]> perInbox = new LinkedHashMap<>();
        List<Unread> unread = new ArrayList<>();
        Instant oldest = null;
        boolean allCounted = true;
        for (ConsoleDirectory.Choice inbox : directory.getInboxes()) {
            try {
                Map<LocalDate, Long> counted = messageCounts.perDay(inbox.id(), days.get(0), days.get(days.size() - 1));
                var countedAt = messageCounts.countedAt(inbox.id());
                if (countedAt.isPresent()) {
                    perInbox.put(inbox.label(), days.stream().map(day -> counted.getOrDefault(day, 0L)).toArray(Long[]::new));
                    oldest = oldest == null || countedAt.get().isBefore(oldest) ? countedAt.get() : oldest;
                } else {
                    allCounted = false;
                }
            } catch (RuntimeException failure) {
                unread.add(new Unread(Part.MESSAGES, inbox.label(), failure));
            }
        }
        return new MessageCounts(perInbox, allCounted ? oldest : null, unread);
    }

    private WorstAnswer withItsConversation(WorstAnswer answer) {
        try {
            return recordConversations.of(answer.question(), answer.senderName(), answer.at()).map(answer::inConversation).orElse(answer);
        } catch (RuntimeException searchFailed) {
            return answer; // the Records link still leads to it
        }
    }

    private Long[] conversationsStarted(String inboxId, List<LocalDate> days, ZoneId zone, boolean testsShown, long[] testsLeftOut) {
        Long[] perDay = new Long[days.size()];
        Arrays.fill(perDay, 0L);
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            CursorPage<Conversation> listed = conversations.list(inboxId, null, cursor, 100);
            Set<String> tests = testsShown ? Set.of() : testAsks.testConversationsAmong(listed.items());
            boolean older = false;
            for (Conversation c : listed.items()) {
                if (c.createdAt() == null) {
                    continue;
                }
                if (tests.contains(c.id())) {
                    testsLeftOut[0]++;
                    continue;
                }
                LocalDate day = c.createdAt().atZone(zone).toLocalDate();
                int index = days.indexOf(day);
                if (index >= 0) {
                    perDay[index]++;
                } else if (day.isBefore(days.get(0))) {
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

    /** What the chatbots' records add up to over the days. */
    final class RecordFigures {
        private final List<LocalDate> days;
        private final ZoneId zone;
        final Map<String, Double[]> relevancyPerChatbot = new LinkedHashMap<>();
        final List<WorstAnswer> rated = new ArrayList<>();
        final ScoreTally[] scoresPerWeek = {new ScoreTally(), new ScoreTally()};
        final long[] likesPerWeek = new long[2];
        final long[] dislikesPerWeek = new long[2];
        final long[] failedPerWeek = new long[2];
        private final boolean testsShown;
        long likes;
        long dislikes;
        long testsLeftOut;

        RecordFigures(List<LocalDate> days, ZoneId zone, boolean testsShown) {
            this.days = days;
            this.zone = zone;
            this.testsShown = testsShown;
        }

        void read(ConsoleDirectory.Choice chatbot) {
            ScoreTally[] relevancy = days.stream().map(d -> new ScoreTally()).toArray(ScoreTally[]::new);
            RecordsQuery query = new RecordsQuery(chatbot.id(), days.get(0), days.get(days.size() - 1), null, null);
            for (int page = 1; page <= MAX_PAGES; page++) {
                PageOf<ChatbotRecord> listed = records.list(query, page, 100);
                Set<String> tests = testsShown ? Set.of() : testAsks.testRecordsAmong(listed.items());
                testsLeftOut += tests.size();
                listed.items().stream().filter(r -> !tests.contains(r.id())).forEach(r -> add(chatbot, r, relevancy));
                if ((long) page * 100 >= listed.count()) {
                    break;
                }
            }
            relevancyPerChatbot.put(chatbot.label(), Arrays.stream(relevancy).map(t -> t.mean(1)).toArray(Double[]::new));
        }

        private void add(ConsoleDirectory.Choice chatbot, ChatbotRecord r, ScoreTally[] relevancy) {
            LocalDate day = r.createdAt() == null ? null : r.createdAt().atZone(zone).toLocalDate();
            int index = day == null ? -1 : days.indexOf(day);
            int week = index < 0 ? -1 : weekOf(index);
            if (week >= 0 && r.error() != null && !r.error().isBlank()) {
                failedPerWeek[week]++;
            }
            if (week >= 0 && r.feedback() != null && "like".equalsIgnoreCase(r.feedback().type())) {
                likesPerWeek[week]++;
            } else if (week >= 0 && r.feedback() != null && "dislike".equalsIgnoreCase(r.feedback().type())) {
                dislikesPerWeek[week]++;
            }
            if (index >= 0 && r.scores() != null) {
                scoresPerWeek[week].add(r.scores());
                relevancy[index].add(r.scores());
                if (r.scores().answerRelevancy() != null) {
                    rated.add(new WorstAnswer(chatbot.label(), chatbot.id(), day, r.userMessage(), r.botMessage(), r.scores().answerRelevancy(),
                            r.feedback() == null ? null : r.feedback().type(), r.senderName(), r.createdAt(), null));
                }
            }
            if (r.feedback() != null && "like".equalsIgnoreCase(r.feedback().type())) {
                likes++;
            } else if (r.feedback() != null && "dislike".equalsIgnoreCase(r.feedback().type())) {
                dislikes++;
            }
        }
    }
}
