package com.maiagentgateway.console;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Feedback;
import com.maiagentgateway.service.RecordConversations;
import com.maiagentgateway.service.RecordsTriage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a chatbot record reads in the console: a score's band (its colour, the number always beside it), feedback in
 * the page's language, and the conversation the record came from (MaiAgent's record does not name it: found by
 * {@link RecordConversations}, else a search of the inbox for its question).
 */
@Named
@RequestScoped
public class RecordView {

    @Inject
    RecordConversations recordConversations;

    /** Looked up once per record per request: the drawer asks more than once while drawing. */
    private final Map<String, Optional<String>> conversations = new HashMap<>();

    /** The CSS class of a score: score-low, score-fair, score-good (score-none without one). */
    public String band(Double score) {
        String band = RecordsTriage.band(score);
        return "score score-" + (band == null ? "none" : band);
    }

    /** like, dislike (or what else MaiAgent says) in the page's language. */
    public String feedback(Feedback feedback) {
        if (feedback == null || feedback.type() == null) {
            return "";
        }
        String key = "feedback." + feedback.type().toLowerCase(Locale.ROOT);
        return ConsoleText.has(key) ? ConsoleText.get(key) : feedback.type();
    }

    /** The id of the record's conversation when exactly one is found, else null. */
    public String conversationOf(ChatbotRecord record) {
        if (record == null) {
            return null;
        }
        return conversations.computeIfAbsent(record.id(), id -> {
            try {
                return recordConversations.of(record.userMessage(), record.senderName(), record.createdAt());
            } catch (RuntimeException searchFailed) {
                return Optional.empty(); // the inbox search link still leads to it
            }
        }).orElse(null);
    }

    /** What to search the inbox for to find the record's conversation: what {@link RecordConversations} searches for. */
    public String keyword(ChatbotRecord record) {
        return RecordConversations.keywordOf(record == null ? null : record.userMessage());
    }
}
