package com.maiagentgateway.service;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.store.ConsoleTestAsk;
import com.maiagentgateway.store.ConsoleTestAsks;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admins' own tests, told apart from what customers did so that the inbox, Records and the Overview can leave
 * them out. MaiAgent marks neither: it posts a completion without a conversation as a new "API user" conversation,
 * and its records name only a question and a time. So the console notes what it sends: the conversations that are
 * an admin's test (an ask's own conversation, or one started on a web chat), and the SHA-256 of every question. A
 * record is a test when the console sent its question in the minutes before MaiAgent recorded it.
 */
@ApplicationScoped
public class TestAsks {

    /** How long before its record a question can have been sent (MaiAgent records once the answer is whole). */
    static final Duration ANSWERED_WITHIN = Duration.ofMinutes(10);
    /** Clocks and MaiAgent's own stamping differ a little between the gateway and a record. */
    static final Duration SLACK = Duration.ofMinutes(1);

    @Inject
    ConsoleTestAsks store;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /**
     * An admin's question, in {@code conversationId} (null: MaiAgent starts one). Returns the ask's id, by which
     * {@link #answeredIn} names the conversation MaiAgent made.
     */
    public String asked(String admin, String question, String conversationId, boolean inTestConversation) {
        return store.asked(admin, sha256(question), conversationId, inTestConversation, clock.instant());
    }

    /** Names an ask's conversation; heard on the reply's thread, written on a managed one (the database needs it). */
    public void answeredIn(String askId, String conversationId) {
        executor.execute(() -> store.answeredIn(askId, conversationId));
    }

    /** A conversation an admin started from the console: a test, not a customer's. */
    public void started(String admin, String conversationId) {
        store.asked(admin, null, conversationId, true, clock.instant());
    }

    /** The ids of the conversations among these that are an admin's test. */
    public Set<String> testConversationsAmong(List<Conversation> conversations) {
        List<String> ids = conversations.stream().map(Conversation::id).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? Set.of() : store.testConversationsAmong(ids);
    }

    /** The ids of the records among these whose question an admin sent from the console. */
    public Set<String> testRecordsAmong(List<ChatbotRecord> records) {
        Map<String, String> hashById = new HashMap<>();
        for (ChatbotRecord r : records) {
            if (r.id() != null && r.userMessage() != null) {
                hashById.put(r.id(), sha256(r.userMessage()));
            }
        }
        if (hashById.isEmpty()) {
            return Set.of();
        }
        Map<String, List<Instant>> askedAtByHash = store.askedAmong(hashById.values()).stream().collect(
                Collectors.groupingBy(ConsoleTestAsk::questionSha256, Collectors.mapping(ConsoleTestAsk::askedAt, Collectors.toList())));
        Set<String> tests = new HashSet<>();
        for (ChatbotRecord r : records) {
            List<Instant> asked = r.id() == null ? null : askedAtByHash.get(hashById.get(r.id()));
            if (asked != null && asked.stream().anyMatch(at -> answers(at, r.createdAt()))) {
                tests.add(r.id());
            }
        }
        return tests;
    }

    /** Whether a record made at {@code recordedAt} can be the answer to a question sent at {@code askedAt}. */
    static boolean answers(Instant askedAt, Instant recordedAt) {
        return recordedAt == null
                || !recordedAt.isBefore(askedAt.minus(SLACK)) && !recordedAt.isAfter(askedAt.plus(ANSWERED_WITHIN));
    }

    static String sha256(String question) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(question.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException notOnThisJava) {
            throw new IllegalStateException(notOnThisJava);
        }
    }
}
