package com.maiagentgateway.service;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.platform.ConsoleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the conversation a chatbot record came from, which MaiAgent's record does not name: the configured
 * inboxes are searched for the record's question (MaiAgent's conversation keyword search), and a conversation
 * counts when its contact is the record's sender and it was open at the record's time. Only a single match is
 * an answer; none or several are not guessed between.
 */
@ApplicationScoped
public class RecordConversations {

    /** Clocks and MaiAgent's own stamping differ a little between a record and its messages. */
    static final Duration SLACK = Duration.ofMinutes(1);
    private static final int KEYWORD_LENGTH = 100;
    private static final int CANDIDATES = 20;

    @Inject
    ConversationService conversations;

    @Inject
    ConsoleDirectory directory;

    /** The id of the one conversation that holds this question from this sender at that time, if exactly one does. */
    public Optional<String> of(String question, String senderName, Instant at) {
        if (question == null || question.isBlank() || at == null) {
            return Optional.empty();
        }
        String keyword = keywordOf(question);
        Set<String> found = new LinkedHashSet<>();
        for (ConsoleDirectory.Choice inbox : directory.getInboxes()) {
            for (Conversation candidate : conversations.list(inbox.id(), keyword, null, CANDIDATES).items()) {
                if (heldAt(candidate, senderName, at)) {
                    found.add(candidate.id());
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** What the inboxes are searched for: the start of the question (MaiAgent's keyword search matches a part). */
    public static String keywordOf(String question) {
        String asked = question == null ? "" : question.strip();
        return asked.length() > KEYWORD_LENGTH ? asked.substring(0, KEYWORD_LENGTH) : asked;
    }

    static boolean heldAt(Conversation candidate, String senderName, Instant at) {
        boolean sameSender = senderName == null || candidate.contact() != null && senderName.equals(candidate.contact().name());
        boolean begunBefore = candidate.createdAt() == null || !candidate.createdAt().isAfter(at.plus(SLACK));
        boolean stillOpen = candidate.lastMessageAt() == null || !candidate.lastMessageAt().isBefore(at.minus(SLACK));
        return sameSender && begunBefore && stillOpen;
    }
}
