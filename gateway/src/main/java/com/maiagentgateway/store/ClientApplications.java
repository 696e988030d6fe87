package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The client applications and their keys, in the shared database. */
@ApplicationScoped
@Transactional
public class ClientApplications {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    public List<ClientApplication> all() {
        return em.createQuery("SELECT a FROM ClientApplication a ORDER BY a.name", ClientApplication.class).getResultList();
    }

    public Optional<ClientApplication> find(long id) {
        return Optional.ofNullable(em.find(ClientApplication.class, id));
    }

    public Optional<ClientApplication> named(String name) {
        return em.createQuery("SELECT a FROM ClientApplication a WHERE a.name = :name", ClientApplication.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public ClientApplication add(ClientApplication application) {
        em.persist(application);
        em.flush();
        return application;
    }

    public void addKey(ClientKey key) {
        em.persist(key);
    }

    public List<ClientKey> keysOf(long applicationId) {
        return em.createQuery("SELECT k FROM ClientKey k WHERE k.applicationId = :id ORDER BY k.createdAt, k.prefix", ClientKey.class)
                .setParameter("id", applicationId).getResultList();
    }

    /** Every application's keys, in one query (a list of applications shows them all). */
    public Map<Long, List<ClientKey>> keysByApplication() {
        Map<Long, List<ClientKey>> keys = new LinkedHashMap<>();
        for (ClientKey key : em.createQuery("SELECT k FROM ClientKey k ORDER BY k.createdAt, k.prefix", ClientKey.class).getResultList()) {
            keys.computeIfAbsent(key.getApplicationId(), id -> new ArrayList<>()).add(key);
        }
        return keys;
    }

    /** Marks a change to applications or keys, in the change's transaction, so every node's key directory reads them again. */
    public void changed() {
        em.createNativeQuery("UPDATE client_directory_version SET version = version + 1 WHERE id = 1").executeUpdate();
    }

    /** How many changes applications and keys have had: unchanged, the key directory need not read them again. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long directoryVersion() {
        return ((Number) em.createNativeQuery("SELECT version FROM client_directory_version WHERE id = 1").getSingleResult()).longValue();
    }

    /** Every key with its application: what each node's key directory holds (a few rows per application). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Object[]> keysWithApplications() {
        return em.createQuery("SELECT k, a FROM ClientKey k, ClientApplication a WHERE k.applicationId = a.id", Object[].class)
                .getResultList();
    }

    /** Keys accepted since the last flush, each at its latest; a row keeps the later of its own and this. */
    @Transactional
    public void keysUsed(Map<String, Instant> lastUse) {
        lastUse.forEach((prefix, at) -> em.createQuery("UPDATE ClientKey k SET k.lastUsedAt = :at WHERE k.prefix = :prefix"
                        + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :at)")
                .setParameter("at", at).setParameter("prefix", prefix).executeUpdate());
    }
}
