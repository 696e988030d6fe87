package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The webhook delivery log: deliveries and the pushes of the replies they stored. */
@ApplicationScoped
public class WebhookDeliveries {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Transactional
    public void add(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    @Transactional
    public void add(WebhookPush push) {
        em.persist(push);
    }

    /** Deliveries newest first, of one conversation or of all (null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> newestFirst(String conversationId, int first, int max) {
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE (:c IS NULL OR d.conversationId = :c) ORDER BY d.id DESC",
                        WebhookDelivery.class)
                .setParameter("c", conversationId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String conversationId) {
        return em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d WHERE (:c IS NULL OR d.conversationId = :c)", Long.class)
                .setParameter("c", conversationId).getSingleResult();
    }

    /** The pushes of these replies, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookPush> pushesOf(List<Long> replyIds) {
        if (replyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM WebhookPush p WHERE p.replyId IN :ids ORDER BY p.id", WebhookPush.class)
                .setParameter("ids", replyIds).getResultList();
    }

    /** Deletes deliveries and pushes from before {@code cutoff}; returns how many deliveries. */
    @Transactional
    public int deleteBefore(Instant cutoff) {
        em.createQuery("DELETE FROM WebhookPush p WHERE p.pushedAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
        return em.createQuery("DELETE FROM WebhookDelivery d WHERE d.receivedAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }
}
