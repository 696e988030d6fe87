package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Messages per day per inbox in the shared database, and how far each conversation is counted. Every write
 * moves a value only from what the writer read, so two nodes counting at once never count a message twice:
 * the second one's transaction is rolled back and its conversation is counted again next time.
 */
@ApplicationScoped
public class InboxMessageCounts {

    /** Another node moved this conversation's count first; the transaction is rolled back. */
    public static class CountedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CountedElsewhere(String conversationId) {
            super("conversation " + conversationId + " was counted by another node");
        }
    }

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    /**
     * Claims the inbox's next count for this node unless one began within {@code everyMs}; also forgets
     * conversations whose newest counted message is older than {@code forgetBeforeMs} (no longer on the chart).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String inboxId, long nowMs, long everyMs, long forgetBeforeMs) {
        int moved = em.createNativeQuery("UPDATE inbox_message_count SET claimed_at = ?1 WHERE inbox_id = ?2 AND claimed_at <= ?3")
                .setParameter(1, nowMs).setParameter(2, inboxId).setParameter(3, nowMs - everyMs).executeUpdate();
        if (moved == 0) {
            if (!em.createNativeQuery("SELECT claimed_at FROM inbox_message_count WHERE inbox_id = ?1")
                    .setParameter(1, inboxId).getResultList().isEmpty()) {
                return false;
            }
            em.createNativeQuery("INSERT INTO inbox_message_count (inbox_id, claimed_at) VALUES (?1, ?2)")
                    .setParameter(1, inboxId).setParameter(2, nowMs).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM conversation_message_tally WHERE inbox_id = ?1 AND counted_through < ?2")
                .setParameter(1, inboxId).setParameter(2, forgetBeforeMs).executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(String inboxId, long nowMs) {
        em.createNativeQuery("UPDATE inbox_message_count SET counted_at = ?1 WHERE inbox_id = ?2")
                .setParameter(1, nowMs).setParameter(2, inboxId).executeUpdate();
    }

    /** Each counted conversation of the inbox, with the time (epoch ms) of its newest counted message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countedThrough(String inboxId) {
        Map<String, Long> through = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT conversation_id, counted_through FROM conversation_message_tally WHERE inbox_id = ?1")
                .setParameter(1, inboxId).getResultList()) {
            Object[] r = (Object[]) row;
            through.put((String) r[0], ((Number) r[1]).longValue());
        }
        return through;
    }

    /**
     * Adds a conversation's newly counted messages per day and moves its tally from {@code previousMs}
     * (null: never counted) to {@code throughMs}, or changes nothing and throws {@link CountedElsewhere}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(String conversationId, String inboxId, Long previousMs, long throughMs, Map<LocalDate, Long> perDay) {
        if (previousMs == null) {
            em.createNativeQuery("INSERT INTO conversation_message_tally (conversation_id, inbox_id, counted_through) VALUES (?1, ?2, ?3)")
                    .setParameter(1, conversationId).setParameter(2, inboxId).setParameter(3, throughMs).executeUpdate();
        } else if (em.createNativeQuery("UPDATE conversation_message_tally SET counted_through = ?1"
                        + " WHERE conversation_id = ?2 AND counted_through = ?3")
                .setParameter(1, throughMs).setParameter(2, conversationId).setParameter(3, previousMs).executeUpdate() == 0) {
            throw new CountedElsewhere(conversationId);
        }
        perDay.forEach((day, messages) -> {
            int added = em.createNativeQuery("UPDATE inbox_message_day SET messages = messages + ?1 WHERE inbox_id = ?2 AND message_day = ?3")
                    .setParameter(1, messages).setParameter(2, inboxId).setParameter(3, java.sql.Date.valueOf(day)).executeUpdate();
            if (added == 0) {
                em.createNativeQuery("INSERT INTO inbox_message_day (inbox_id, message_day, messages) VALUES (?1, ?2, ?3)")
                        .setParameter(1, inboxId).setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, messages).executeUpdate();
            }
        });
    }

    /** The inbox's messages per day from..to (inclusive); days without messages are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LocalDate, Long> perDay(String inboxId, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> counted = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT message_day, messages FROM inbox_message_day"
                        + " WHERE inbox_id = ?1 AND message_day >= ?2 AND message_day <= ?3")
                .setParameter(1, inboxId).setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                .getResultList()) {
            Object[] r = (Object[]) row;
            counted.put(UsageCounts.Writer.day(r[0]), ((Number) r[1]).longValue());
        }
        return counted;
    }

    /** When the inbox's last count finished, if one has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> countedAt(String inboxId) {
        return em.createNativeQuery("SELECT counted_at FROM inbox_message_count WHERE inbox_id = ?1 AND counted_at IS NOT NULL")
                .setParameter(1, inboxId).getResultList().stream().findFirst()
                .map(value -> Instant.ofEpochMilli(((Number) value).longValue()));
    }
}
