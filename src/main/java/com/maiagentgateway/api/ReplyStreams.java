package com.maiagentgateway.api;

import com.maiagentgateway.model.InboxReply;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open reply streams, per conversation. A subscriber first gets what the inbox holds after
 * its Last-Event-ID, then each reply as it lands; the inbox id is the event id, and no subscriber
 * gets an event twice (a reply landing while the backlog is sent is not repeated).
 */
@ApplicationScoped
public class ReplyStreams {

    static final int BACKLOG_LIMIT = 500;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** One open stream and the last inbox id it was sent. */
    static final class Subscriber {
        final SseEventSink sink;
        final Sse sse;
        long lastSent;

        Subscriber(SseEventSink sink, Sse sse, long lastSent) {
            this.sink = sink;
            this.sse = sse;
            this.lastSent = lastSent;
        }
    }

    @Inject
    WebhookInbox inbox;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "maiagent.replies.heartbeat-seconds", defaultValue = "15")
    long heartbeatSeconds;

    private final Map<String, Set<Subscriber>> byConversation = new ConcurrentHashMap<>();
    private ScheduledFuture<?> heartbeat;

    /**
     * A comment now and then on every open stream: a client that left is found out (the write
     * fails) and dropped, and proxies do not close a quiet stream.
     */
    @PostConstruct
    void startHeartbeat() {
        heartbeat = scheduler.scheduleAtFixedRate(this::beat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    private void beat() {
        byConversation.forEach((conversationId, subscribers) -> subscribers.forEach(subscriber -> {
            synchronized (subscriber) {
                if (subscriber.sink.isClosed()) {
                    drop(conversationId, subscriber);
                } else {
                    subscriber.sink.send(subscriber.sse.newEventBuilder().comment("keep-alive").build())
                            .whenComplete((sent, failure) -> dropIfFailed(conversationId, subscriber, failure));
                }
            }
        }));
    }

    /** Ends every open stream, so that stopping the application does not wait on them. */
    @PreDestroy
    void closeAll() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        byConversation.forEach((conversationId, subscribers) -> subscribers.forEach(subscriber -> drop(conversationId, subscriber)));
    }

    /** {@code lastEventId} null: only replies from now on. */
    public void subscribe(String conversationId, Long lastEventId, SseEventSink sink, Sse sse) {
        List<InboxReply> backlog = inbox.after(conversationId, lastEventId == null ? 0 : lastEventId, BACKLOG_LIMIT);
        long start = lastEventId != null ? lastEventId
                : backlog.isEmpty() ? 0 : backlog.get(backlog.size() - 1).inboxId();
        Subscriber subscriber = new Subscriber(sink, sse, start);
        byConversation.computeIfAbsent(conversationId, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        // On Liberty the first write only commits the headers: a comment, so the first reply is not held back.
        synchronized (subscriber) {
            sink.send(sse.newEventBuilder().comment("replies for conversation " + conversationId).build())
                    .whenComplete((sent, failure) -> dropIfFailed(conversationId, subscriber, failure));
        }
        if (lastEventId != null) {
            backlog.forEach(reply -> send(conversationId, subscriber, reply));
        }
    }

    void onReply(@Observes InboxReply reply) {
        String conversationId = reply.message().conversationId();
        for (Subscriber subscriber : byConversation.getOrDefault(conversationId, Set.of())) {
            send(conversationId, subscriber, reply);
        }
    }

    private void send(String conversationId, Subscriber subscriber, InboxReply reply) {
        synchronized (subscriber) {
            if (reply.inboxId() <= subscriber.lastSent) {
                return;
            }
            if (subscriber.sink.isClosed()) {
                drop(conversationId, subscriber);
                return;
            }
            subscriber.lastSent = reply.inboxId();
            subscriber.sink.send(subscriber.sse.newEventBuilder()
                            .name("reply").id(String.valueOf(reply.inboxId()))
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(JSON.toJson(reply.message())).build())
                    .whenComplete((sent, failure) -> dropIfFailed(conversationId, subscriber, failure));
        }
    }

    private void dropIfFailed(String conversationId, Subscriber subscriber, Throwable failure) {
        if (failure != null) {
            drop(conversationId, subscriber);
        }
    }

    private void drop(String conversationId, Subscriber subscriber) {
        Set<Subscriber> subscribers = byConversation.get(conversationId);
        if (subscribers != null) {
            subscribers.remove(subscriber);
            if (subscribers.isEmpty()) {
                byConversation.remove(conversationId, subscribers);
            }
        }
        try {
            subscriber.sink.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
