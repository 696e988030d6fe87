package com.maiagentgateway.service;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.platform.ConsoleTimeZone;
import com.maiagentgateway.store.InboxMessageCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the messages of the configured inboxes per day for the overview, since MaiAgent's conversations carry
 * no message count. Every {@code maiagent.console.message-count-seconds} (0: only when an admin asks) one node
 * claims each inbox and lists the messages of only those conversations whose last message is newer than what
 * was counted of them, so a count costs a conversation listing plus one message listing per conversation that
 * changed.
 */
@ApplicationScoped
public class InboxMessageCounter {

    private static final Logger LOG = Logger.getLogger(InboxMessageCounter.class.getName());
    private static final int PAGE_SIZE = 100;
    /** Bounds on one count, so a huge inbox or thread is counted over several runs, never in one endless walk. */
    static final int CONVERSATION_PAGES = 10;
    static final int MESSAGE_PAGES = 20;

    @Inject
    ConsoleDirectory directory;

    @Inject
    ConversationService conversations;

    @Inject
    InboxMessageCounts counts;

    @Inject
    ConsoleTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.console.message-count-seconds", defaultValue = "60")
    long everySeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> counting;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Touching the bean is enough: @PostConstruct schedules the counts.
    }

    /** What one count did: the conversations whose messages were listed, and the inboxes it could not finish. */
    public record Count(int conversationsRead, List<Unfinished> unfinished) {
    }

    /** An inbox a count could not finish, and why (MaiAgent or the database away). */
    public record Unfinished(String inbox, RuntimeException reason) {
    }

    @PostConstruct
    void scheduleCounts() {
        if (everySeconds > 0) {
            counting = scheduler.scheduleWithFixedDelay(this::countInBackground, Math.min(5, everySeconds), everySeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (counting != null) {
            counting.cancel(false);
        }
    }

    public long getEverySeconds() {
        return everySeconds;
    }

    private void countInBackground() {
        // Half a second of slack, so this node's own next run finds its claim expired.
        Count count = countAll(everySeconds * 1000 - 500);
        count.unfinished().forEach(u -> LOG.log(Level.WARNING, "Messages of " + u.inbox() + " not counted this time", u.reason()));
    }

    /** Counts every inbox now, whatever the schedule (an admin asked); another node's count at the same time adds nothing twice. */
    public Count countNow() {
        return countAll(0);
    }

    private Count countAll(long unlessClaimedWithinMs) {
        ZoneId zone = timeZone.zone();
        LocalDate firstDay = timeZone.today().minusDays(OverviewStatistics.DAYS - 1L);
        long windowStart = firstDay.atStartOfDay(zone).toInstant().toEpochMilli();
        int read = 0;
        List<Unfinished> unfinished = new ArrayList<>();
        for (ConsoleDirectory.Choice inbox : directory.getInboxes()) {
            try {
                if (counts.claim(inbox.id(), clock.millis(), unlessClaimedWithinMs, windowStart)) {
                    read += countInbox(inbox.id(), windowStart, zone);
                    counts.finished(inbox.id(), clock.millis());
                }
            } catch (RuntimeException failed) {
                // MaiAgent or the database away: what was added stays, the rest is counted next time.
                unfinished.add(new Unfinished(inbox.label(), failed));
            }
        }
        return new Count(read, unfinished);
    }

    /** Counts one inbox's conversations with new messages; returns how many were read. */
    private int countInbox(String inboxId, long windowStart, ZoneId zone) {
        Map<String, Long> through = counts.countedThrough(inboxId);
        int read = 0;
        String cursor = null;
        for (int page = 0; page < CONVERSATION_PAGES; page++) {
            CursorPage<Conversation> listed = conversations.list(inboxId, null, cursor, PAGE_SIZE);
            boolean anyInWindow = false;
            for (Conversation conversation : listed.items()) {
                long last = conversation.lastMessageAt() == null ? Long.MIN_VALUE : conversation.lastMessageAt().toEpochMilli();
                if (last < windowStart) {
                    continue;
                }
                anyInWindow = true;
                Long previous = through.get(conversation.id());
                if (previous == null || last > previous) {
                    countConversation(conversation.id(), inboxId, previous, last, windowStart, zone);
                    read++;
                }
            }
            cursor = listed.nextCursor();
            // Conversations come most recently active first: a page with none in the window ends the walk.
            if (cursor == null || !anyInWindow) {
                return read;
            }
        }
        return read;
    }

    private void countConversation(String conversationId, String inboxId, Long previous, long lastMessage, long windowStart, ZoneId zone) {
        NewMessages found = new NewMessages(previous == null ? windowStart - 1 : previous, zone);
        String cursor = null;
        boolean walkedAll = false;
        for (int page = 0; page < MESSAGE_PAGES && !walkedAll; page++) {
            CursorPage<Message> listed = conversations.messages(conversationId, cursor, PAGE_SIZE);
            boolean olderOnly = found.add(listed.items());
            cursor = listed.nextCursor();
            walkedAll = cursor == null || olderOnly;
        }
        // Every message up to the conversation's last one was listed, so the tally may move to it.
        long throughMs = walkedAll ? Math.max(found.newest(), lastMessage) : found.newest();
        try {
            counts.add(conversationId, inboxId, previous, throughMs, found.perDay());
        } catch (RuntimeException countedElsewhere) {
            LOG.log(Level.FINE, "Conversation {0} left to the node that counted it first", conversationId);
        }
    }

    /** One conversation's messages newer than its tally, per day in the given zone. */
    static final class NewMessages {

        private final long afterMs;
        private final ZoneId zone;
        private long newest;
        private final Map<LocalDate, Long> perDay = new TreeMap<>();

        NewMessages(long afterMs, ZoneId zone) {
            this.afterMs = afterMs;
            this.zone = zone;
            this.newest = afterMs;
        }

        /**
         * Counts the page's messages newer than the tally (a message without a readable time cannot be put on a
         * day and is left out); true when the page had none newer, so, newest first, no older page has either.
         */
        boolean add(List<Message> page) {
            boolean anyNewer = false;
            for (Message message : page) {
                if (message.createdAt() == null) {
                    continue;
                }
                long at = message.createdAt().toEpochMilli();
                if (at > afterMs) {
                    anyNewer = true;
                    perDay.merge(message.createdAt().atZone(zone).toLocalDate(), 1L, Long::sum);
                    newest = Math.max(newest, at);
                }
            }
            return !anyNewer;
        }

        long newest() {
            return newest;
        }

        Map<LocalDate, Long> perDay() {
            return perDay;
        }
    }
}
