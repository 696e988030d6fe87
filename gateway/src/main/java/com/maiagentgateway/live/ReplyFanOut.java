package com.maiagentgateway.live;

import com.maiagentgateway.model.InboxReply;
import com.maiagentgateway.model.ReplyPushedAgain;
import com.maiagentgateway.platform.Traces;
import com.maiagentgateway.service.WebhookInbox;
import com.maiagentgateway.store.ReplyNotifications;
import com.maiagentgateway.store.SharedDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replies stored by any node reach the streams open on this one. On PostgreSQL this node LISTENs
 * for the inbox's notifications (one connection, one thread, waiting on the socket: no polling) and
 * publishes each reply a local stream wants; after connecting, and after every reconnect, each open
 * stream catches up from the inbox table, so a lost connection loses nothing. On one node (H2) the
 * inbox publishes directly and this stays idle.
 */
@ApplicationScoped
public class ReplyFanOut {

    private static final Logger LOG = Logger.getLogger(ReplyFanOut.class.getName());
    private static final int WAIT_MILLIS = 5_000;
    private static final long RECONNECT_MILLIS = 1_000;

    @Inject
    SharedDatabase database;

    @Inject
    ReplyNotifications notifications;

    @Inject
    WebhookInbox inbox;

    @Inject
    ReplyStreams streams;

    @Inject
    Event<InboxReply> replies;

    @Inject
    Event<ReplyPushedAgain> repliesAgain;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile String problem;
    private Thread listener;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!database.isPostgreSql()) {
            return;
        }
        running = true;
        listener = threads.newThread(this::listenUntilStopped);
        listener.setName("maiagent-reply-fan-out");
        listener.start();
    }

    /** Why this node does not hear of replies other nodes store, or null when it does (always, on one node). */
    public String problem() {
        if (problem != null) {
            return problem;
        }
        return running && !listening ? "not listening for replies (connecting to the database)" : null;
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listenUntilStopped() {
        while (running) {
            try (ReplyNotifications.Listening heard = notifications.listen()) {
                listening = true;
                LOG.info("Listening for replies stored by every node (PostgreSQL LISTEN)");
                streams.catchUp();
                while (running) {
                    heard.await(WAIT_MILLIS, this::publish);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Lost the connection that hears of replies; reconnecting (streams will catch up): "
                            + e.getMessage());
                }
            } catch (LinkageError driverNotVisible) {
                // Asking again cannot help: readiness stays DOWN and says why.
                LOG.log(Level.SEVERE, "Replies stored by other nodes cannot reach this node: the application cannot see the PostgreSQL "
                        + "driver's classes (Liberty: the data source's library as the application's commonLibraryRef; WildFly: "
                        + "the org.postgresql module)", driverNotVisible);
                problem = "the PostgreSQL driver is not visible to the application";
                return;
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private void publish(ReplyNotifications.Stored stored) {
        if (!streams.listensTo(stored.conversationId())) {
            return; // no stream here wants it: not even read
        }
        // Its own trace, linked to the delivery's intake on whichever node took it.
        try (Traces.TraceSpan delivery = Traces.startLinkedTo("push webhook reply to listeners", stored.traceparent())) {
            delivery.attribute("maiagent.conversation", stored.conversationId());
            InboxReply reply = inbox.byId(stored.inboxId());
            if (reply != null && stored.again()) {
                repliesAgain.fire(new ReplyPushedAgain(reply));
            } else if (reply != null) {
                replies.fire(reply);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
