package com.maiagentgateway.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's whole state, in memory, behind one monitor (it is a test double, not a hot
 * path), and bounded: past the caps the least recently active things are dropped.
 */
@ApplicationScoped
public class SimulatorStore {

    static final int MAX_CONVERSATIONS = 5_000;
    static final int MAX_MESSAGES_PER_CONVERSATION = 1_000;
    static final int MAX_RECORDS_PER_CHATBOT = 20_000;
    static final int MAX_ATTACHMENTS = 20_000;

    private final Map<String, SimInbox> inboxes = new LinkedHashMap<>();
    private final Map<String, SimChatbot> chatbots = new LinkedHashMap<>();
    private final Map<String, SimConversation> conversations = new HashMap<>();
    private final Map<String, Long> lastActivity = new HashMap<>();
    private final Map<String, List<SimMessage>> messagesByConversation = new HashMap<>();
    private final Map<String, SimMessage> messages = new HashMap<>();
    private final Map<String, List<SimRecord>> recordsByChatbot = new HashMap<>();
    private final Map<String, SimAttachment> attachments = new LinkedHashMap<>();

    @PostConstruct
    void seed() {
        SeedData.plant(this);
    }

    synchronized void addInbox(SimInbox inbox) {
        inboxes.put(inbox.id(), inbox);
    }

    synchronized void addChatbot(SimChatbot chatbot) {
        chatbots.put(chatbot.id(), chatbot);
    }

    synchronized List<SimChatbot> chatbots() {
        return List.copyOf(chatbots.values());
    }

    synchronized Optional<SimInbox> inboxOfWebChat(String webChatId) {
        return inboxes.values().stream().filter(i -> webChatId.equals(i.webChatId())).findFirst();
    }

    synchronized Optional<SimChatbot> chatbot(String id) {
        return Optional.ofNullable(chatbots.get(id));
    }

    // ---- conversations

    synchronized void addConversation(SimConversation conversation) {
        conversations.put(conversation.id(), conversation);
        lastActivity.put(conversation.id(), conversation.createdAt());
        messagesByConversation.put(conversation.id(), new ArrayList<>());
        while (conversations.size() > MAX_CONVERSATIONS) {
            String stalest = lastActivity.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            removeConversation(stalest);
        }
    }

    private void removeConversation(String id) {
        conversations.remove(id);
        lastActivity.remove(id);
        List<SimMessage> gone = messagesByConversation.remove(id);
        if (gone != null) {
            gone.forEach(m -> messages.remove(m.id()));
        }
    }

    synchronized Optional<SimConversation> conversation(String id) {
        return Optional.ofNullable(conversations.get(id));
    }

    /** Conversations of an inbox, most recently active first; keyword matches title, contact or any message. */
    synchronized List<SimConversation> conversations(String inboxId, String keyword) {
        String needle = keyword == null || keyword.isBlank() ? null : keyword.toLowerCase(Locale.ROOT);
        return conversations.values().stream()
                .filter(c -> c.inbox().id().equals(inboxId))
                .filter(c -> needle == null || matches(c, needle))
                .sorted(Comparator.comparing((SimConversation c) -> lastActivity.get(c.id())).reversed()
                        .thenComparing(SimConversation::id))
                .toList();
    }

    private boolean matches(SimConversation c, String needle) {
        return c.title().toLowerCase(Locale.ROOT).contains(needle)
                || c.contact().name().toLowerCase(Locale.ROOT).contains(needle)
                || messagesByConversation.get(c.id()).stream()
                        .anyMatch(m -> m.content() != null && m.content().toLowerCase(Locale.ROOT).contains(needle));
    }

    synchronized long lastActivity(String conversationId) {
        return lastActivity.getOrDefault(conversationId, 0L);
    }

    // ---- messages

    synchronized void addMessage(SimMessage message) {
        List<SimMessage> thread = messagesByConversation.get(message.conversationId());
        if (thread == null) {
            throw new IllegalStateException("no conversation " + message.conversationId());
        }
        thread.add(message);
        messages.put(message.id(), message);
        lastActivity.merge(message.conversationId(), message.createdAtMillis(), Math::max);
        while (thread.size() > MAX_MESSAGES_PER_CONVERSATION) {
            messages.remove(thread.remove(0).id());
        }
    }

    synchronized Optional<SimMessage> message(String id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** The thread, newest first. */
    synchronized List<SimMessage> messages(String conversationId) {
        List<SimMessage> thread = new ArrayList<>(messagesByConversation.getOrDefault(conversationId, List.of()));
        java.util.Collections.reverse(thread);
        return thread;
    }

    synchronized Optional<SimMessage> lastMessage(String conversationId) {
        List<SimMessage> thread = messagesByConversation.getOrDefault(conversationId, List.of());
        return thread.isEmpty() ? Optional.empty() : Optional.of(thread.get(thread.size() - 1));
    }

    // ---- records

    synchronized void addRecord(SimRecord record) {
        List<SimRecord> list = recordsByChatbot.computeIfAbsent(record.chatbotId(), k -> new ArrayList<>());
        list.add(record);
        if (list.size() > MAX_RECORDS_PER_CHATBOT) {
            list.sort(Comparator.comparingLong(SimRecord::createdAt));
            list.subList(0, list.size() - MAX_RECORDS_PER_CHATBOT).clear();
        }
    }

    /** Records of a chatbot created on the given UTC days (inclusive), newest first, filtered by text. */
    synchronized List<SimRecord> records(String chatbotId, LocalDate startDate, LocalDate endDate,
                                         String userMessage, String botMessage) {
        long from = startDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = endDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        String user = blankToNull(userMessage);
        String bot = blankToNull(botMessage);
        return recordsByChatbot.getOrDefault(chatbotId, List.of()).stream()
                .filter(r -> r.createdAt() >= from && r.createdAt() < to)
                .filter(r -> user == null || r.inputMessage().toLowerCase(Locale.ROOT).contains(user))
                .filter(r -> bot == null || r.outputMessage().toLowerCase(Locale.ROOT).contains(bot))
                .sorted(Comparator.comparingLong(SimRecord::createdAt).reversed().thenComparing(SimRecord::id))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.toLowerCase(Locale.ROOT);
    }

    // ---- attachments

    synchronized void addAttachment(SimAttachment attachment) {
        attachments.put(attachment.id(), attachment);
        if (attachments.size() > MAX_ATTACHMENTS) {
            attachments.remove(attachments.keySet().iterator().next());
        }
    }
}
