package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The admins' console asks and test conversations, in the shared database (every node leaves out the same ones). */
@ApplicationScoped
public class ConsoleTestAsks {

    /** PostgreSQL takes at most 32,767 bind parameters; a page of MaiAgent's lists is far fewer. */
    private static final int MOST_IN_ONE_QUERY = 1000;

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    /** Records a question sent from the console; returns its id, to name the conversation once MaiAgent has answered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String asked(String admin, String questionSha256, String conversationId, boolean testConversation, Instant at) {
        String id = UUID.randomUUID().toString();
        em.persist(new ConsoleTestAsk(id, admin, questionSha256, conversationId, testConversation, at));
        return id;
    }

    /** The conversation MaiAgent answered an ask in (it makes one when none was named). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void answeredIn(String askId, String conversationId) {
        ConsoleTestAsk ask = em.find(ConsoleTestAsk.class, askId);
        if (ask != null) {
            ask.answeredIn(conversationId);
        }
    }

    /** Which of these conversations are an admin's test conversation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> testConversationsAmong(Collection<String> conversationIds) {
        Set<String> found = new HashSet<>();
        for (List<String> part : parts(conversationIds)) {
            found.addAll(em.createQuery("select distinct a.conversationId from ConsoleTestAsk a"
                    + " where a.testConversation = true and a.conversationId in :ids", String.class)
                    .setParameter("ids", part).getResultList());
        }
        return found;
    }

    /** The console's asks of any of these questions (by SHA-256), with when each was asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsoleTestAsk> askedAmong(Collection<String> questionSha256s) {
        return parts(questionSha256s).stream().flatMap(part -> em.createQuery(
                "select a from ConsoleTestAsk a where a.questionSha256 in :hashes", ConsoleTestAsk.class)
                .setParameter("hashes", part).getResultList().stream()).toList();
    }

    private static List<List<String>> parts(Collection<String> values) {
        List<String> all = values.stream().distinct().toList();
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MOST_IN_ONE_QUERY) {
            parts.add(all.subList(from, Math.min(all.size(), from + MOST_IN_ONE_QUERY)));
        }
        return parts;
    }
}
