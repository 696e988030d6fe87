package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.List;

/**
 * Quota use in the shared database. Taking from a quota is one conditional UPDATE of one row
 * ({@code used + n <= limit}, handing back what is used after it): the database's row lock orders concurrent takers on every node, so a limit
 * holds for the cluster, never limit × nodes. The first taker of a window inserts its row; two first takers
 * racing on two nodes meet the primary key, and the loser takes again from the row the winner made.
 */
@ApplicationScoped
public class QuotaCounters {

    /** The outcome of one take: whether it was granted and what is used now (after it, if granted). */
    public record Taken(boolean granted, long used) {
    }

    @Inject
    Attempt attempt;

    public Taken take(long applicationId, String quota, long windowStart, long amount, long limit) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.take(applicationId, quota, windowStart, amount, limit);
            } catch (PersistenceException | TransactionalException raced) {
                if (tries == 3) {
                    throw raced;
                }
            }
        }
    }

    /** What is used of a quota in a window, without taking (the usage headers of calls that take nothing from it). */
    public long used(long applicationId, String quota, long windowStart) {
        return attempt.used(applicationId, quota, windowStart);
    }

    /** Adds use that was only known afterwards (an upload's bytes), answering what is used now: may pass the limit, which then refuses what follows. */
    public long add(long applicationId, String quota, long windowStart, long amount) {
        return take(applicationId, quota, windowStart, amount, Long.MAX_VALUE / 2).used();
    }

    /** One try, in its own transaction. */
    @ApplicationScoped
    public static class Attempt {

        private static final String TAKE = "UPDATE client_quota_use SET used = used + ?1"
                + " WHERE application_id = ?2 AND quota = ?3 AND window_start = ?4 AND used + ?1 <= ?5";

        @PersistenceContext(unitName = "gateway")
        EntityManager em;

        @Inject
        SharedDatabase database;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Taken take(long applicationId, String quota, long windowStart, long amount, long limit) {
            Long usedNow = takeFromRow(applicationId, quota, windowStart, amount, limit);
            if (usedNow != null) {
                return new Taken(true, usedNow);
            }
            List<?> existing = em.createNativeQuery("SELECT used FROM client_quota_use"
                            + " WHERE application_id = ?1 AND quota = ?2 AND window_start = ?3")
                    .setParameter(1, applicationId).setParameter(2, quota).setParameter(3, windowStart).getResultList();
            if (!existing.isEmpty()) {
                return new Taken(false, ((Number) existing.get(0)).longValue());
            }
            if (amount > limit) {
                return new Taken(false, 0);
            }
            // Windows before the previous one are done with: the first taker of a window clears them.
            em.createNativeQuery("DELETE FROM client_quota_use WHERE application_id = ?1 AND quota = ?2 AND window_start < ?3")
                    .setParameter(1, applicationId).setParameter(2, quota).setParameter(3, windowStart).executeUpdate();
            em.createNativeQuery("INSERT INTO client_quota_use (application_id, quota, window_start, used) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, applicationId).setParameter(2, quota).setParameter(3, windowStart).setParameter(4, amount)
                    .executeUpdate();
            return new Taken(true, amount);
        }

        /**
         * Takes from the window's row if the limit allows, answering what is used after; null when it does not (or no row
         * is there yet). One statement where the database hands back an UPDATE's rows, else the UPDATE and a SELECT.
         */
        private Long takeFromRow(long applicationId, String quota, long windowStart, long amount, long limit) {
            // Both written as a SELECT, which every JPA provider runs as a query.
            String returning = database.isPostgreSql() ? "WITH taken AS (" + TAKE + " RETURNING used) SELECT used FROM taken"
                    : database.isH2() ? "SELECT used FROM FINAL TABLE (" + TAKE + ")" : null;
            if (returning != null) {
                List<?> rows = em.createNativeQuery(returning).setParameter(1, amount).setParameter(2, applicationId)
                        .setParameter(3, quota).setParameter(4, windowStart).setParameter(5, limit).getResultList();
                return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
            }
            int updated = em.createNativeQuery(TAKE).setParameter(1, amount).setParameter(2, applicationId).setParameter(3, quota)
                    .setParameter(4, windowStart).setParameter(5, limit).executeUpdate();
            return updated == 1 ? used(applicationId, quota, windowStart) : null;
        }

        @Transactional(Transactional.TxType.SUPPORTS)
        public long used(long applicationId, String quota, long windowStart) {
            List<?> rows = em.createNativeQuery("SELECT used FROM client_quota_use"
                            + " WHERE application_id = ?1 AND quota = ?2 AND window_start = ?3")
                    .setParameter(1, applicationId).setParameter(2, quota).setParameter(3, windowStart).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
        }
    }
}
