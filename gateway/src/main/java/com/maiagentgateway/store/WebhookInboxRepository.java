package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The webhook inbox table. */
@ApplicationScoped
public class WebhookInboxRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Transactional
    public boolean contains(String messageId) {
        return !em.createQuery("SELECT r.id FROM WebhookReply r WHERE r.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Stores the reply unless one with its message id is there; null then. A concurrent twin fails on the unique key. */
    @Transactional
    public WebhookReply addIfNew(WebhookReply reply) {
        if (contains(reply.getMessageId())) {
            return null;
        }
        em.persist(reply);
        em.flush();
        return reply;
    }

    /** Replies of a conversation after the given inbox id, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookReply> after(String conversationId, long afterId, int limit) {
        return em.createQuery("SELECT r FROM WebhookReply r WHERE r.conversationId = :c AND r.id > :after ORDER BY r.id", WebhookReply.class)
                .setParameter("c", conversationId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** The newest inbox id of a conversation's replies; 0 when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long latestId(String conversationId) {
        Long latest = em.createQuery("SELECT MAX(r.id) FROM WebhookReply r WHERE r.conversationId = :c", Long.class)
                .setParameter("c", conversationId).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
