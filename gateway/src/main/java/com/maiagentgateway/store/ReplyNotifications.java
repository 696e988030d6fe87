package com.maiagentgateway.store;

import com.maiagentgateway.platform.Traces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL's LISTEN/NOTIFY for stored replies: the inbox's insert sends {@code NOTIFY} in its own
 * transaction (so it is heard only once committed, by every node), and each node holds one connection
 * that LISTENs. The notification carries the inbox id and conversation; the row stays the truth.
 * The PostgreSQL driver must be visible to the application (Liberty: the data source's library as
 * the application's {@code commonLibraryRef}); this class is only loaded on PostgreSQL.
 */
@ApplicationScoped
public class ReplyNotifications {

    static final String CHANNEL = "maiagent_replies";
    /** A stored reply pushed again by an administrator. */
    static final String AGAIN_CHANNEL = "maiagent_replies_again";

    @Inject
    SharedDatabase database;

    /**
     * One stored reply as heard: its inbox id, conversation, and the trace of the delivery that stored it (a W3C
     * traceparent, or null), so that each node's push links to the intake.
     */
    public record Stored(long inboxId, String conversationId, String traceparent, boolean again) {

        static Stored parse(String payload, boolean again) {
            String[] parts = payload.split(" ", 3);
            return new Stored(Long.parseLong(parts[0]), parts[1], parts.length > 2 ? parts[2] : null, again);
        }

        String payload() {
            return inboxId + " " + conversationId + (traceparent == null ? "" : " " + traceparent);
        }
    }

    /** An open LISTEN connection; closing it stops listening. */
    public interface Listening extends AutoCloseable {

        /** Waits up to {@code millis} for notifications and hands each on; fails when the connection is lost. */
        void await(int millis, Consumer<Stored> onStored) throws SQLException;

        @Override
        void close();
    }

    /** Starts listening on a connection of its own (held until closed). */
    public Listening listen() throws SQLException {
        Connection connection = database.dataSource().getConnection();
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                listen.execute("LISTEN " + AGAIN_CHANNEL);
            }
            return new Listening() {
                @Override
                public void await(int millis, Consumer<Stored> onStored) throws SQLException {
                    PGNotification[] heard = postgres.getNotifications(millis);
                    if (heard == null) {
                        // getNotifications does not notice a dead connection while nothing arrives; this does.
                        if (!connection.isValid(5)) {
                            throw new SQLException("the LISTEN connection is no longer valid");
                        }
                        return;
                    }
                    for (PGNotification notification : heard) {
                        onStored.accept(Stored.parse(notification.getParameter(), AGAIN_CHANNEL.equals(notification.getName())));
                    }
                }

                @Override
                public void close() {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // gone already
                    }
                }
            };
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Within the inserting transaction: every node hears of the row once it is committed. */
    static void announce(jakarta.persistence.EntityManager em, WebhookReply stored) {
        notify(em, CHANNEL, stored);
    }

    /** Every node pushes the stored reply again, once this transaction commits. */
    static void announceAgain(jakarta.persistence.EntityManager em, WebhookReply stored) {
        notify(em, AGAIN_CHANNEL, stored);
    }

    private static void notify(jakarta.persistence.EntityManager em, String channel, WebhookReply stored) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_notify(?1, ?2)) AS sent").setParameter(1, channel)
                .setParameter(2, new Stored(stored.getId(), stored.getConversationId(), Traces.currentTraceparent(), false).payload())
                .getSingleResult();
    }
}
