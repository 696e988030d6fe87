package com.maiagentgateway.service;

import com.maiagentgateway.store.ChatHistoryLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Continues MaiAgent conversations for stateless callers, who resend a chat's whole history on every turn: a history
 * whose earlier turns are exactly one an answer ended is that answer's conversation, and only its new message goes to
 * MaiAgent. Histories are known by a hash of their caller, chatbot, roles and texts, so two callers never share one.
 */
@ApplicationScoped
public class ChatHistories {

    private static final Logger LOG = Logger.getLogger(ChatHistories.class.getName());

    /** One message of a history: who said it (system, user, assistant…) and its text. */
    public record Turn(String role, String text) {
    }

    @Inject
    ChatHistoryLinks links;

    @Inject
    Clock clock;

    /**
     * The conversation that {@code earlier} (every message before the new one) continues, or null for a new one: a
     * history without an answer in it starts a conversation, and so does one no answer of this caller ended.
     */
    public String conversationOf(String caller, String chatbot, List<Turn> earlier) {
        if (earlier.stream().noneMatch(turn -> turn.role().equals("assistant"))) {
            return null;
        }
        return links.conversationOf(hash(caller, chatbot, earlier));
    }

    /** Records that {@code history}, ending with the answer just given, is the conversation, for the next turn. */
    public void answered(String caller, String chatbot, List<Turn> history, String conversationId) {
        if (conversationId == null) {
            return;
        }
        try {
            links.link(hash(caller, chatbot, history), conversationId, clock.instant());
        } catch (RuntimeException sameHistoryAtOnce) {
            // Two answers to the very same history at once: the first link holds; the caller has its answer either way.
            LOG.log(Level.FINE, "A chat history was linked twice", sameHistoryAtOnce);
        }
    }

    static String hash(String caller, String chatbot, List<Turn> turns) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, caller);
            update(sha, chatbot);
            for (Turn turn : turns) {
                update(sha, turn.role());
                update(sha, turn.text());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each part with its length first, so that no two different histories run together into the same bytes. */
    private static void update(MessageDigest sha, String part) {
        byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
