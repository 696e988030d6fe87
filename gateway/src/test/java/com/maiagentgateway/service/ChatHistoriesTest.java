package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A history is known by its caller, chatbot, roles and texts, and by nothing that could make two different ones meet. */
class ChatHistoriesTest {

    private static final List<ChatHistories.Turn> HISTORY = List.of(new ChatHistories.Turn("user", "hours?"),
            new ChatHistories.Turn("assistant", "9 to 5"));

    @Test
    void theSameHistoryIsTheSameHash() {
        assertEquals(ChatHistories.hash("app:1", "bot", HISTORY), ChatHistories.hash("app:1", "bot", List.copyOf(HISTORY)));
    }

    @Test
    void anotherCallerChatbotRoleOrTextIsAnotherHistory() {
        String hash = ChatHistories.hash("app:1", "bot", HISTORY);
        assertNotEquals(hash, ChatHistories.hash("app:2", "bot", HISTORY));
        assertNotEquals(hash, ChatHistories.hash("app:1", "other-bot", HISTORY));
        assertNotEquals(hash, ChatHistories.hash("app:1", "bot", List.of(new ChatHistories.Turn("system", "hours?"), HISTORY.get(1))));
        assertNotEquals(hash, ChatHistories.hash("app:1", "bot", List.of(HISTORY.get(0), new ChatHistories.Turn("assistant", "9 to 6"))));
    }

    @Test
    void partsDoNotRunTogether() {
        assertNotEquals(ChatHistories.hash("app:1", "bot", List.of(new ChatHistories.Turn("user", "ab"), new ChatHistories.Turn("user", "c"))),
                ChatHistories.hash("app:1", "bot", List.of(new ChatHistories.Turn("user", "a"), new ChatHistories.Turn("user", "bc"))));
    }

    @Test
    void aHistoryWithoutAnAnswerStartsAConversation() {
        ChatHistories histories = new ChatHistories();
        assertEquals(null, histories.conversationOf("app:1", "bot", List.of(new ChatHistories.Turn("system", "Be brief."))));
        assertEquals(null, histories.conversationOf("app:1", "bot", List.of()));
    }
}
