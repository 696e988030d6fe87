package com.maiagentgateway.store;

import com.maiagentgateway.platform.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Alerts and their deliveries in the shared database. An alert's key is unique, so of two nodes raising the same
 * occurrence one inserts and the other finds it there (or meets the constraint); a delivery is claimed by a
 * conditional UPDATE before it is sent, so of two nodes' senders only one sends it.
 */
@ApplicationScoped
public class RaisedAlerts {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    /**
     * Stores the alert and one pending delivery per recipient, due at once; null when the occurrence was raised
     * already. A node that raced another to it gets the unique key's refusal as an exception.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Alert raise(Alert alert, List<AlertRecipient> recipients) {
        if (exists(alert.getKey())) {
            return null;
        }
        em.persist(alert);
        em.flush();
        for (AlertRecipient recipient : recipients) {
            em.persist(new AlertDelivery(alert.getId(), recipient.getId(), recipient.getAddress(), alert.getRaisedAt()));
        }
        return alert;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String key) {
        return !em.createQuery("SELECT a.id FROM Alert a WHERE a.key = :key", Long.class).setParameter("key", key)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether it is stored, asked in a transaction of its own (after a failed insert); false when the database is away. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean existsQuietly(String key) {
        try {
            return exists(key);
        } catch (RuntimeException away) {
            return false;
        }
    }

    /** Pending deliveries whose time has come and which no node holds, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(Instant now, int max) {
        return em.createQuery("SELECT d.id FROM AlertDelivery d WHERE d.state = :pending AND d.nextAttemptAt <= :now"
                        + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) ORDER BY d.nextAttemptAt", Long.class)
                .setParameter("pending", AlertDelivery.State.PENDING).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Takes a due delivery for this node until {@code until}; false when another node has it or it is no longer due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long deliveryId, Instant now, Instant until) {
        return em.createQuery("UPDATE AlertDelivery d SET d.claimedUntil = :until WHERE d.id = :id AND d.state = :pending"
                        + " AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
                .setParameter("until", until).setParameter("id", deliveryId).setParameter("pending", AlertDelivery.State.PENDING)
                .setParameter("now", now).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertDelivery delivery(long deliveryId) {
        return em.find(AlertDelivery.class, deliveryId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Alert alert(long alertId) {
        return em.find(Alert.class, alertId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long deliveryId, Instant at, String node) {
        em.createQuery("UPDATE AlertDelivery d SET d.state = :sent, d.attempts = d.attempts + 1, d.sentAt = :at, d.sentBy = :node,"
                        + " d.claimedUntil = NULL, d.lastError = NULL WHERE d.id = :id")
                .setParameter("sent", AlertDelivery.State.SENT).setParameter("at", at).setParameter("node", node)
                .setParameter("id", deliveryId).executeUpdate();
    }

    /** A failed try: tried again at {@code next}, or given up ({@code next} null). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long deliveryId, String error, Instant next) {
        String clipped = Texts.clipped(error, AlertDelivery.MAX_ERROR_LENGTH);
        // Two statements rather than COALESCE(:next, ...): EclipseLink writes an Instant inside COALESCE as an unquoted literal.
        if (next == null) {
            em.createQuery("UPDATE AlertDelivery d SET d.state = :failed, d.attempts = d.attempts + 1, d.lastError = :error,"
                            + " d.claimedUntil = NULL WHERE d.id = :id")
                    .setParameter("failed", AlertDelivery.State.FAILED).setParameter("error", clipped).setParameter("id", deliveryId).executeUpdate();
        } else {
            em.createQuery("UPDATE AlertDelivery d SET d.attempts = d.attempts + 1, d.lastError = :error, d.nextAttemptAt = :next,"
                            + " d.claimedUntil = NULL WHERE d.id = :id")
                    .setParameter("error", clipped).setParameter("next", next).setParameter("id", deliveryId).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> newestFirst(int first, int max) {
        return em.createQuery("SELECT a FROM Alert a ORDER BY a.id DESC", Alert.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Alert a", Long.class).getSingleResult();
    }

    /** The deliveries of these alerts, in the order they were made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertDelivery> deliveriesOf(List<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM AlertDelivery d WHERE d.alertId IN :ids ORDER BY d.id", AlertDelivery.class)
                .setParameter("ids", alertIds).getResultList();
    }

    /** Deletes alerts (and their deliveries) raised before {@code cutoff}; returns how many alerts. */
    @Transactional
    public int deleteBefore(Instant cutoff) {
        em.createQuery("DELETE FROM AlertDelivery d WHERE d.alertId IN (SELECT a.id FROM Alert a WHERE a.raisedAt < :cutoff)")
                .setParameter("cutoff", cutoff).executeUpdate();
        return em.createQuery("DELETE FROM Alert a WHERE a.raisedAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }
}
