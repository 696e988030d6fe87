package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/** Which MaiAgent conversation a resent chat history continues, in the shared database (any node answers the next turn). */
@ApplicationScoped
public class ChatHistoryLinks {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    /** The conversation of the history with this hash, or null when no answered turn ended with it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String conversationOf(String historyHash) {
        ChatHistoryLink link = em.find(ChatHistoryLink.class, historyHash);
        return link == null ? null : link.conversationId();
    }

    /**
     * Records that the history with this hash is the conversation (the same history answered twice keeps its first).
     * One statement, on every OpenAI answer: a find and a persist were half of that call's database work.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void link(String historyHash, String conversationId, Instant now) {
        em.createNativeQuery("INSERT INTO chat_history_link (history_hash, conversation_id, created_at) SELECT ?1, ?2,"
                        + " CAST(?3 AS TIMESTAMP WITH TIME ZONE) WHERE NOT EXISTS (SELECT 1 FROM chat_history_link WHERE history_hash = ?1)")
                .setParameter(1, historyHash).setParameter(2, conversationId).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /** Forgets the histories linked before {@code cutoff}, in a transaction of its own; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM chat_history_link WHERE created_at < CAST(?1 AS TIMESTAMP WITH TIME ZONE)")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }
}
