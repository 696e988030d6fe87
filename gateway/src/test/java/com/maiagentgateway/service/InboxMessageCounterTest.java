package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one count takes of a conversation's messages: only those newer than its tally, on their day in the zone. */
class InboxMessageCounterTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private static Message at(String instant) {
        return new Message("m-" + instant, "c", null, "incoming", "hi", null, null,
                instant == null ? null : Instant.parse(instant), List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void countsOnlyMessagesNewerThanTheTallyPerDayInTheZone() {
        long tally = Instant.parse("2026-11-27T10:00:00Z").toEpochMilli();
        var found = new InboxMessageCounter.NewMessages(tally, TAIPEI);
        boolean olderOnly = found.add(List.of(
                at("2026-11-28T16:30:00Z"), // 00:30 on the 29th in Taipei
                at("2026-11-28T15:59:00Z"), // 23:59 on the 28th
                at("2026-11-28T01:00:00Z"),
                at(null),                   // no readable time: on no day
                at("2026-11-27T10:00:00Z"), // the tally's own message: counted before
                at("2026-11-26T09:00:00Z")));
        assertFalse(olderOnly, "the page had new messages, so an older page may too");
        assertEquals(Map.of(LocalDate.of(2026, 11, 29), 1L, LocalDate.of(2026, 11, 28), 2L), found.perDay());
        assertEquals(Instant.parse("2026-11-28T16:30:00Z").toEpochMilli(), found.newest());
    }

    @Test
    void aPageOfOnlyCountedMessagesEndsTheWalkAndLeavesTheTally() {
        long tally = Instant.parse("2026-11-27T10:00:00Z").toEpochMilli();
        var found = new InboxMessageCounter.NewMessages(tally, TAIPEI);
        assertTrue(found.add(List.of(at("2026-11-27T10:00:00Z"), at("2026-11-20T10:00:00Z"))));
        assertTrue(found.perDay().isEmpty());
        assertEquals(tally, found.newest());
    }
}
