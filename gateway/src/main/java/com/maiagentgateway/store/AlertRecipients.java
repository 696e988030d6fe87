package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who is told of alerts, and the levels that raise them. */
@ApplicationScoped
public class AlertRecipients {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertRecipient> all() {
        return em.createQuery("SELECT r FROM AlertRecipient r ORDER BY r.id", AlertRecipient.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AlertRecipient> find(long id) {
        return Optional.ofNullable(em.find(AlertRecipient.class, id));
    }

    @Transactional
    public AlertRecipient add(AlertRecipient recipient) {
        em.persist(recipient);
        return recipient;
    }

    /** False when there was no such recipient. */
    @Transactional
    public boolean remove(long id) {
        return em.createQuery("DELETE FROM AlertRecipient r WHERE r.id = :id").setParameter("id", id).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AlertSettingsRow> settings() {
        return Optional.ofNullable(em.find(AlertSettingsRow.class, AlertSettingsRow.THE_ROW));
    }

    @Transactional
    public void saveSettings(String quotaLevels, int errorRatePercent, Instant at) {
        em.merge(new AlertSettingsRow(quotaLevels, errorRatePercent, at));
    }
}
