package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Which MaiAgent conversation a resent chat history continues, in the shared database (any node answers the next turn). */
@ApplicationScoped
public class ChatHistoryLinks {

    private static final String LINK = "INSERT INTO chat_history_link (history_hash, conversation_id, created_at)"
            + " SELECT ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE)"
            + " WHERE NOT EXISTS (SELECT 1 FROM chat_history_link WHERE history_hash = ?)";

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Inject
    SharedDatabase database;

    /** The conversation of the history with this hash, or null when no answered turn ended with it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String conversationOf(String historyHash) {
        ChatHistoryLink link = em.find(ChatHistoryLink.class, historyHash);
        return link == null ? null : link.conversationId();
    }

    /**
     * Records that the history with this hash is the conversation (the same history answered twice keeps its first).
     * One statement on every OpenAI answer, committed on its own by the database (autocommit), outside any JTA
     * transaction: in a JFR of the whole OpenAI completion, the transaction (begin, XA enlistment, commit) and
     * EclipseLink's handling of the native query were most of the link's time, the statement itself a fifth.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void link(String historyHash, String conversationId, Instant now) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(LINK)) {
            insert.setString(1, historyHash);
            insert.setString(2, conversationId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setString(4, historyHash);
            insert.executeUpdate();
        } catch (SQLException notWritten) {
            throw new IllegalStateException("The chat history link was not written: " + notWritten.getSQLState(), notWritten);
        }
    }

    /** Forgets the histories linked before {@code cutoff}, in a transaction of its own; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM chat_history_link WHERE created_at < CAST(?1 AS TIMESTAMP WITH TIME ZONE)")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }
}
