package com.maiagentgateway.store;

import com.maiagentgateway.model.AuditFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail table. Callers bring the transaction (writes come through the AuditTrail EJB). */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** The entry repeats of {@code repeatKey} since {@code since} are counted into, locked until the transaction ends. */
    public java.util.Optional<AuditEntry> repeatOf(String repeatKey, java.time.Instant since) {
        // Found first, then locked by its id: EclipseLink writes FOR UPDATE before LIMIT, which H2 refuses.
        return em.createQuery("SELECT e.id FROM AuditEntry e WHERE e.repeatKey = :key AND e.occurredAt >= :since ORDER BY e.occurredAt DESC",
                        Long.class)
                .setParameter("key", repeatKey).setParameter("since", since)
                .setMaxResults(1).getResultStream().findFirst()
                .map(id -> em.find(AuditEntry.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** Deletes the entries older than {@code cutoff}, in a transaction of its own (a scheduled task calls it); returns how many. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public int deleteBefore(java.time.Instant cutoff) {
        return em.createQuery("DELETE FROM AuditEntry e WHERE e.occurredAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }

    /** Newest first. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(predicates(cb, entry, filter))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> typed = em.createQuery(query);
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(predicates(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** Every action the trail holds, for a filter that offers them. */
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class).setMaxResults(500).getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actor() != null) {
            where.add(cb.equal(entry.get("actor"), filter.actor()));
        }
        if (filter.action() != null) {
            // An action, or a family of them: "client-application" finds client-application.create, .key.revoke, …
            String family = filter.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%";
            where.add(cb.or(cb.equal(entry.get("action"), filter.action()), cb.like(entry.get("action"), family, '\\')));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.<Instant>get("occurredAt"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
