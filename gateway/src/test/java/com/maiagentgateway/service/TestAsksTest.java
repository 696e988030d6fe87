package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.store.ConsoleTestAsk;
import com.maiagentgateway.store.ConsoleTestAsks;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A record is an admin's test when the console sent its very question shortly before MaiAgent recorded it. */
class TestAsksTest {

    private static final Instant ASKED = Instant.parse("2026-12-05T10:00:00Z");

    private static ChatbotRecord record(String id, String question, String at) {
        return new ChatbotRecord(id, "API user", question, null, "answer", null, null, null, null,
                at == null ? null : Instant.parse(at), null, null, null, null, null);
    }

    private static TestAsks askedOnce(String question) {
        TestAsks testAsks = new TestAsks();
        testAsks.store = new ConsoleTestAsks() {
            @Override
            public List<ConsoleTestAsk> askedAmong(Collection<String> questionSha256s) {
                return questionSha256s.contains(TestAsks.sha256(question)) ? List.of(ConsoleTestAsk.of(TestAsks.sha256(question), ASKED)) : List.of();
            }
        };
        return testAsks;
    }

    @Test
    void theSameQuestionRecordedWithinMinutesOfTheAskIsATest() {
        Set<String> tests = askedOnce("  Is the console on?\n").testRecordsAmong(List.of(
                record("same", "Is the console on?", "2026-12-05T10:00:04Z"),
                record("clocks-apart", "Is the console on?", "2026-12-05T09:59:30Z"),
                record("long-answer", "Is the console on?", "2026-12-05T10:09:00Z"),
                record("asked-again-later", "Is the console on?", "2026-12-05T11:00:00Z"),
                record("before-the-ask", "Is the console on?", "2026-12-05T09:50:00Z"),
                record("a-customer", "Is the console on? I can't log in", "2026-12-05T10:00:04Z")));

        assertEquals(Set.of("same", "clocks-apart", "long-answer"), tests);
    }
}
