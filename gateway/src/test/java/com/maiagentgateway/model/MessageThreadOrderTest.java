package com.maiagentgateway.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thread reads oldest first; MaiAgent stamps a quick answer with its question's very time, and the question comes first. */
class MessageThreadOrderTest {

    private static Message message(String id, String type, String at) {
        return new Message(id, "c", null, type, id, null, null, at == null ? null : Instant.parse(at), List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void aQuestionComesBeforeItsAnswerStampedAtTheSameTime() {
        // MaiAgent lists newest first: the answer before its question.
        List<Message> listed = new ArrayList<>(List.of(
                message("answer", "outgoing", "2026-12-04T19:06:08Z"),
                message("question", "incoming", "2026-12-04T19:06:08Z"),
                message("earlier", "outgoing", "2026-12-04T19:00:00Z"),
                message("undated", "incoming", null)));
        listed.sort(Message.THREAD_ORDER);
        assertEquals(List.of("undated", "earlier", "question", "answer"), listed.stream().map(Message::id).toList());
    }
}
