package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    /** Records that the history with this hash is the conversation (the same history answered twice keeps its first). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void link(String historyHash, String conversationId, Instant now) {
        if (em.find(ChatHistoryLink.class, historyHash) == null) {
            em.persist(new ChatHistoryLink(historyHash, conversationId, now));
        }
    }
}
