package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in failure counters, in the shared database: every node counts into the same rows, and a
 * row is locked while it is counted, so concurrent failures on several nodes are all counted.
 */
@ApplicationScoped
public class SignInFailures {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    /** The failures a subject has had, and when the last was. */
    public record Count(int failures, Instant last) {
        public static final Count NONE = new Count(0, Instant.EPOCH);
    }

    /** The counts of each subject that still hold at {@code now} (one query); absent subjects have none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Map<String, Count> within(java.util.Collection<String> subjects, Instant now, Duration window) {
        java.util.Map<String, Count> counts = new java.util.HashMap<>();
        em.createQuery("SELECT f FROM SignInFailure f WHERE f.subject IN :subjects", SignInFailure.class)
                .setParameter("subjects", subjects).getResultList().stream()
                .filter(row -> row.heldAt(now, window))
                .forEach(row -> counts.put(row.getSubject(), new Count(row.getFailures(), row.getLastFailureAt())));
        return counts;
    }

    /** Counts one failure; returns the failures in the window now. A first failure racing on two nodes is counted by both. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int add(String subject, Instant now, Duration window) {
        SignInFailure row = em.find(SignInFailure.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new SignInFailure(subject, now);
            em.persist(row);
            return 1;
        }
        row.add(now, window);
        return row.getFailures();
    }

    /** A successful sign-in: the account's and the pair's counts start again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String subject) {
        SignInFailure row = em.find(SignInFailure.class, subject);
        if (row != null) {
            em.remove(row);
        }
    }
}
