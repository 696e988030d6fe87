package com.maiagentgateway.live;

import com.maiagentgateway.model.InboxReply;
import com.maiagentgateway.model.ReplyPushedAgain;
import com.maiagentgateway.service.WebhookDeliveryLog;
import com.maiagentgateway.service.WebhookInbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open reply streams, per conversation. A subscriber first gets what the inbox holds after
 * its Last-Event-ID, then each reply as it lands; the inbox id is the event id, and no subscriber
 * gets an event twice (a reply landing while the backlog is sent waits for it, and is not repeated).
 */
@ApplicationScoped
public class ReplyStreams {

    static final int BACKLOG_LIMIT = 500;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    WebhookInbox inbox;

    @Inject
    WebhookDeliveryLog deliveryLog;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "maiagent.replies.heartbeat-seconds", defaultValue = "15")
    long heartbeatSeconds;

    private final Audiences listeners = new Audiences();
    private ScheduledFuture<?> heartbeat;

    @PostConstruct
    void startHeartbeat() {
        heartbeat = scheduler.scheduleAtFixedRate(listeners::heartbeat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    /** Ends every open stream when the application stops (on Open Liberty, after the HTTP chain's quiesce: liberty/gateway.xml). */
    @PreDestroy
    public void endAll() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        listeners.closeAll();
    }

    /** {@code lastEventId} null: only replies from now on. */
    public void subscribe(String conversationId, Long lastEventId, SseEventSink sink, Sse sse) {
        List<InboxReply> backlog = inbox.after(conversationId, lastEventId == null ? 0 : lastEventId, BACKLOG_LIMIT);
        long start = lastEventId != null ? lastEventId
                : backlog.isEmpty() ? 0 : backlog.get(backlog.size() - 1).inboxId();
        listeners.join(conversationId, "replies for conversation " + conversationId, sink, sse, start, stream -> {
            if (lastEventId != null) {
                backlog.forEach(reply -> stream.send(reply.inboxId(), "reply", JSON.toJson(reply.message())));
            }
        });
    }

    /** Whether any stream on this node listens to the conversation. */
    public boolean listensTo(String conversationId) {
        return listeners.hasListeners(conversationId);
    }

    /** Sends every open stream what the inbox holds after what it was last sent: after a gap in hearing of replies. */
    public void catchUp() {
        listeners.lowestSentIds().forEach((conversationId, after) -> inbox.after(conversationId, after, BACKLOG_LIMIT)
                .forEach(reply -> listeners.send(conversationId, reply.inboxId(), "reply", JSON.toJson(reply.message()))));
    }

    void onReply(@Observes InboxReply reply) {
        int reached = listeners.send(reply.message().conversationId(), reply.inboxId(), "reply", JSON.toJson(reply.message()));
        deliveryLog.pushed(reply.inboxId(), reached, false);
    }

    /** Pushed again: to every listener of the conversation on this node, as an event without an id (see LiveStream). */
    void onReplyAgain(@Observes ReplyPushedAgain again) {
        InboxReply reply = again.reply();
        int reached = listeners.sendAgain(reply.message().conversationId(), "reply", JSON.toJson(reply.message()));
        deliveryLog.pushed(reply.inboxId(), reached, true);
    }
}
