package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Contact;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Feedback;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.platform.ConsoleTimeZone;
import com.maiagentgateway.store.InboxMessageCounts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The overview's figures, added up over days in the console's time zone by the injected clock. */
class OverviewStatisticsTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** 2026-12-04 01:00 in Taipei: still the 3rd in UTC, so a day in the wrong zone shows. */
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");

    private static Conversation conversation(String id, String createdAt) {
        Instant at = Instant.parse(createdAt);
        return new Conversation(id, "t", new Contact("c", "Mei", null), null, null, at, 0, at, null, null, null);
    }

    private static ChatbotRecord record(String createdAt, Double faithfulness, Double relevancy, String feedback) {
        return new ChatbotRecord("r-" + createdAt, "Mei", "question " + createdAt, null, "answer", feedback == null ? null
                : new Feedback("f", feedback, null, null), new ChatbotRecord.Scores(faithfulness, relevancy, null, null, null, null),
                null, null, Instant.parse(createdAt), null, null, null, null, null);
    }

    private OverviewStatistics statistics(List<Conversation> conversations, List<ChatbotRecord> records, boolean recordsFail) {
        OverviewStatistics statistics = new OverviewStatistics();
        statistics.timeZone = new ConsoleTimeZone(TAIPEI, Clock.fixed(NOW, ZoneOffset.UTC));
        statistics.directory = new ConsoleDirectory() {
            @Override
            public List<Choice> getInboxes() {
                return List.of(new Choice("Web", "inbox-web"));
            }

            @Override
            public List<Choice> getChatbots() {
                return List.of(new Choice("Support", "bot-support"));
            }
        };
        statistics.conversations = new ConversationService() {
            @Override
            public CursorPage<Conversation> list(String inboxId, String keyword, String upstreamCursor, int pageSize) {
                return new CursorPage<>(conversations, null, null, null);
            }
        };
        statistics.records = new RecordsService() {
            @Override
            public PageOf<ChatbotRecord> list(RecordsQuery query, int page, int pageSize) {
                if (recordsFail) {
                    throw new IllegalStateException("MaiAgent away");
                }
                assertEquals(LocalDate.of(2026, 12, 4), query.endDate(), "today in the console's zone");
                return new PageOf<>(records, records.size(), page, pageSize);
            }
        };
        statistics.messageCounts = new InboxMessageCounts() {
            @Override
            public Map<LocalDate, Long> perDay(String inboxId, LocalDate from, LocalDate to) {
                return Map.of(LocalDate.of(2026, 12, 4), 7L);
            }

            @Override
            public Optional<Instant> countedAt(String inboxId) {
                return Optional.of(NOW.minusSeconds(30));
            }
        };
        statistics.recordConversations = new RecordConversations() {
            @Override
            public Optional<String> of(String question, String senderName, Instant at) {
                return question.contains("2026-12-03T16:30") ? Optional.of("conversation-of-the-worst") : Optional.empty();
            }
        };
        statistics.testAsks = new TestAsks() {
            @Override
            public Set<String> testConversationsAmong(List<Conversation> listed) {
                return listed.stream().map(Conversation::id).filter(id -> id.startsWith("test-")).collect(Collectors.toSet());
            }

            @Override
            public Set<String> testRecordsAmong(List<ChatbotRecord> listed) {
                return listed.stream().map(ChatbotRecord::id).filter(id -> id.startsWith("test-")).collect(Collectors.toSet());
            }
        };
        return statistics;
    }

    @Test
    void daysAreTheConsolesAndEachSeriesHasOneValuePerDay() {
        OverviewStatistics.Overview overview = statistics(List.of(
                conversation("a", "2026-12-03T16:30:00Z"),   // 00:30 on the 4th in Taipei
                conversation("b", "2026-12-03T15:59:00Z"),   // 23:59 on the 3rd
                conversation("c", "2026-11-01T00:00:00Z")),  // before the 14 days
                List.of(), false).read(false);

        assertEquals(OverviewStatistics.DAYS, overview.days().size());
        assertEquals(LocalDate.of(2026, 12, 4), overview.days().get(13));
        Long[] started = overview.startedPerInbox().get("Web");
        assertEquals(1L, started[13]);
        assertEquals(1L, started[12]);
        assertEquals(2L, List.of(started).stream().mapToLong(Long::longValue).sum());
        assertEquals(7L, overview.messages().perInbox().get("Web")[13]);
        assertEquals(NOW.minusSeconds(30), overview.messages().countedAt());
    }

    @Test
    void scoresAreAveragedPerDayOverTheRecordsThatHaveThemAndTheWorstLinkTheirConversation() {
        OverviewStatistics.Overview overview = statistics(List.of(), List.of(
                record("2026-12-03T16:30:00Z", 0.5, 0.2, "dislike"),
                record("2026-12-03T16:40:00Z", 1.0, 0.6, "like"),
                record("2026-12-03T16:50:00Z", null, null, "like")), false).read(false);

        assertEquals(0.75, overview.headline().scores().get(0).thisWeek(), "faithfulness this week: the record without it left out");
        assertNull(overview.headline().scores().get(0).weekBefore(), "no record the week before: no value, not 0");
        assertEquals(0.4, overview.relevancyPerChatbot().get("Support")[13]);
        assertNull(overview.relevancyPerChatbot().get("Support")[12], "no record that day: no value, not 0");
        assertEquals(2, overview.likes());
        assertEquals(1, overview.dislikes());
        assertEquals(2, overview.worst().size(), "only answers with a relevancy are ranked");
        assertEquals(0.2, overview.worst().get(0).relevancy());
        assertEquals("conversation-of-the-worst", overview.worst().get(0).conversationId());
        assertNull(overview.worst().get(1).conversationId());
    }

    /** This week is the 7 days up to today in the console's zone (the 4th in Taipei): the 28th to the 4th; the week before ends on the 27th. */
    @Test
    void theHeadlineComparesThisWeekWithTheWeekBefore() {
        ChatbotRecord failed = new ChatbotRecord("r-failed", "Mei", "q", null, null, null, null, null, null,
                Instant.parse("2026-12-01T02:00:00Z"), "LLM timeout", null, null, null, null);
        OverviewStatistics.Overview overview = statistics(List.of(
                conversation("a", "2026-12-03T16:30:00Z"),   // the 4th in Taipei: this week
                conversation("b", "2026-11-27T16:30:00Z"),   // the 28th in Taipei: this week's first day
                conversation("c", "2026-11-27T15:30:00Z"),   // 23:30 on the 27th in Taipei: the week before
                conversation("d", "2026-11-22T00:00:00Z")),  // the week before
                List.of(record("2026-12-02T00:00:00Z", 0.9, 0.8, "like"), record("2026-12-02T01:00:00Z", 0.7, 0.6, "dislike"),
                        record("2026-11-25T00:00:00Z", 0.5, 0.4, "like"), failed), false).read(false);

        OverviewStatistics.Headline headline = overview.headline();
        assertEquals(new OverviewStatistics.WeekOnWeek(2.0, 2.0), headline.conversations());
        assertEquals(new OverviewStatistics.WeekOnWeek(0.5, 1.0), headline.likeRate());
        assertEquals(new OverviewStatistics.WeekOnWeek(0.7, 0.4), headline.relevancy());
        assertEquals(new OverviewStatistics.WeekOnWeek(1.0, 0.0), headline.failedAnswers());
    }

    /** An admin's test conversation and test record count in no figure, unless asked for, and are counted as left out. */
    @Test
    void theAdminsTestsAreLeftOutOfEveryFigureUnlessShown() {
        List<Conversation> conversations = List.of(conversation("a", "2026-12-03T16:30:00Z"), conversation("test-b", "2026-12-03T16:31:00Z"));
        ChatbotRecord customers = record("2026-12-03T16:30:00Z", 0.9, 0.8, "like");
        ChatbotRecord admins = new ChatbotRecord("test-r", "API user", "is this on?", null, "yes", new Feedback("f", "dislike", null, null),
                new ChatbotRecord.Scores(0.1, 0.1, null, null, null, null), null, null, Instant.parse("2026-12-03T16:31:00Z"), "LLM timeout",
                null, null, null, null);

        OverviewStatistics.Overview without = statistics(conversations, List.of(customers, admins), false).read(false);
        assertEquals(new OverviewStatistics.WeekOnWeek(1.0, 0.0), without.headline().conversations());
        assertEquals(new OverviewStatistics.WeekOnWeek(1.0, null), without.headline().likeRate());
        assertEquals(new OverviewStatistics.WeekOnWeek(0.0, 0.0), without.headline().failedAnswers());
        assertEquals(0.8, without.relevancyPerChatbot().get("Support")[13]);
        assertTrue(without.worst().stream().noneMatch(w -> w.question().equals("is this on?")));
        assertEquals(2, without.testsLeftOut(), "one conversation and one record");

        OverviewStatistics.Overview with = statistics(conversations, List.of(customers, admins), false).read(true);
        assertEquals(new OverviewStatistics.WeekOnWeek(2.0, 0.0), with.headline().conversations());
        assertEquals(new OverviewStatistics.WeekOnWeek(1.0, 0.0), with.headline().failedAnswers());
        assertEquals(0.45, with.relevancyPerChatbot().get("Support")[13], 1e-9);
        assertEquals(0, with.testsLeftOut());
    }

    @Test
    void whatCouldNotBeReadIsNamedNotDrawnAsZero() {
        OverviewStatistics.Overview overview = statistics(List.of(), List.of(), true).read(false);

        assertTrue(overview.relevancyPerChatbot().isEmpty());
        assertEquals(1, overview.unread().size());
        assertEquals(OverviewStatistics.Part.RECORDS, overview.unread().get(0).part());
        assertEquals("Support", overview.unread().get(0).label());
        assertEquals(0L, List.of(overview.startedPerInbox().get("Web")).stream().mapToLong(Long::longValue).sum(),
                "the inbox was read (and had nothing these days)");
    }
}
