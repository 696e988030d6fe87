package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The console's sign-ins in the shared database, so that one made on any node holds on every node, and one
 * ended on any node (sign-out, expiry) opens nothing anywhere. Rows are keyed by the token's hash: the
 * table holds nothing that signs anyone in.
 */
@ApplicationScoped
public class ConsoleSessions {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    /** Records a sign-in; expired ones go on the way (a row costs about 150 bytes, a sign-in is rare). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void start(String tokenHash, String caller, String realm, Instant now, Instant expiresAt) {
        em.createQuery("DELETE FROM ConsoleSession s WHERE s.expiresAt < :now").setParameter("now", now).executeUpdate();
        em.persist(new ConsoleSession(tokenHash, caller, realm, now, expiresAt));
    }

    /** The sign-in of this token if it has not ended, else null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsoleSession find(String tokenHash, Instant now) {
        ConsoleSession session = em.find(ConsoleSession.class, tokenHash);
        return session == null || !session.expiresAt().isAfter(now) ? null : session;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void end(String tokenHash) {
        em.createQuery("DELETE FROM ConsoleSession s WHERE s.tokenHash = :hash").setParameter("hash", tokenHash).executeUpdate();
    }
}
