package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Sign-in tokens ended by signing out, in the shared database, so that every node refuses them. Only a
 * hash is kept: the table holds nothing that signs anyone in.
 */
@ApplicationScoped
public class SignedOutTokens {

    /** Longer than any sign-in token lives (Liberty's LTPA default: 2 h); a row costs about 100 bytes. */
    static final Duration KEPT = Duration.ofHours(24);

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(String token, Instant now) {
        em.createQuery("DELETE FROM SignedOutToken t WHERE t.expiresAt < :now").setParameter("now", now).executeUpdate();
        String hash = hash(token);
        if (em.find(SignedOutToken.class, hash) == null) {
            em.persist(new SignedOutToken(hash, now.plus(KEPT)));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(String token) {
        return em.find(SignedOutToken.class, hash(token)) != null;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
