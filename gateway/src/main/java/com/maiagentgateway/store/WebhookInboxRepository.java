package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The webhook inbox table. */
@ApplicationScoped
public class WebhookInboxRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Inject
    SharedDatabase database;

    @Transactional
    public boolean contains(String messageId) {
        return !em.createQuery("SELECT r.id FROM WebhookReply r WHERE r.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Stores the reply unless one with its message id is there; null then. A concurrent twin fails on the unique key.
     * On PostgreSQL (several nodes) the replies of one conversation are stored one at a time, so their ids are in
     * commit order and a reader resuming "after id N" misses none; and every node is told (NOTIFY) once committed.
     */
    @Transactional
    public WebhookReply addIfNew(WebhookReply reply) {
        boolean shared = database.isPostgreSql();
        if (shared) {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                    .setParameter(1, reply.getConversationId()).getSingleResult();
        }
        if (contains(reply.getMessageId())) {
            return null;
        }
        em.persist(reply);
        em.flush();
        if (shared) {
            ReplyNotifications.announce(em, reply);
        }
        return reply;
    }

    /** Tells every node to push a stored reply again (its listeners get it once more). */
    @Transactional
    public void announceAgain(WebhookReply reply) {
        ReplyNotifications.announceAgain(em, reply);
    }

    /** One reply by its inbox id, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookReply find(long inboxId) {
        return em.find(WebhookReply.class, inboxId);
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
