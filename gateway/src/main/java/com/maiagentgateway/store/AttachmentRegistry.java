package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The attachment registry table. */
@ApplicationScoped
public class AttachmentRegistry {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Transactional
    public void add(AttachmentRecord record) {
        em.persist(record);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentRecord> ofConversation(String conversationId, int limit) {
        return em.createQuery("SELECT a FROM AttachmentRecord a WHERE a.conversationId = :c ORDER BY a.id DESC", AttachmentRecord.class)
                .setParameter("c", conversationId).setMaxResults(limit).getResultList();
    }
}
