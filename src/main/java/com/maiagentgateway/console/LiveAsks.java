package com.maiagentgateway.console;

import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.service.CompletionService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chatbot questions asked in the console. The ask is a Faces POST (view state, audited); the reply
 * is generated in the background and each piece is pushed at once to whoever watches the ask
 * (an EventSource on the page), so watching is a read-only GET that can also start late.
 */
@ApplicationScoped
public class LiveAsks {

    static final Duration KEEP_FINISHED = Duration.ofMinutes(10);

    @Inject
    CompletionService completions;

    private final Map<String, Ask> asks = new ConcurrentHashMap<>();

    /** Starts the completion; returns the id to watch it by. */
    public String start(String owner, String chatbotId, CompletionRequest request) {
        Instant cutoff = Instant.now().minus(KEEP_FINISHED);
        asks.values().removeIf(a -> a.finishedBefore(cutoff));
        Ask ask = new Ask(UUID.randomUUID().toString(), owner);
        asks.put(ask.id, ask);
        CompletionStage<ReplyDelta> reply;
        try {
            reply = completions.stream(chatbotId, request, delta -> {
                if (!delta.done()) {
                    ask.add("delta", Json.createObjectBuilder().add("content", delta.content()).build().toString());
                }
                return CompletableFuture.completedFuture(null);
            });
        } catch (RuntimeException failure) {
            reply = CompletableFuture.failedFuture(failure);
        }
        reply.whenComplete((whole, failure) -> {
            if (failure == null) {
                ask.finish("done", Json.createObjectBuilder().add("content", whole.content())
                        .add("conversationId", whole.conversationId() == null ? "" : whole.conversationId()).build().toString());
            } else {
                Throwable cause = AsyncFailures.cause(failure);
                ask.finish("error", Json.createObjectBuilder().add("detail", PageMessages.reason(cause)).build().toString());
            }
        });
        return ask.id;
    }

    /** The ask, if it exists and is {@code user}'s. */
    Optional<Ask> of(String askId, String user) {
        return Optional.ofNullable(asks.get(askId)).filter(a -> a.owner.equals(user));
    }

    @PreDestroy
    void closeAll() {
        asks.values().forEach(Ask::closeWatchers);
    }

    /** One question's reply so far, and who is watching it. */
    static final class Ask {
        private final String id;
        private final String owner;
        private final List<String[]> events = new ArrayList<>();
        private final List<Watcher> watchers = new ArrayList<>();
        private Instant finishedAt;

        private record Watcher(SseEventSink sink, Sse sse) {
        }

        Ask(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        synchronized void add(String name, String data) {
            events.add(new String[] {name, data});
            watchers.removeIf(w -> !send(w, events.size() - 1));
        }

        synchronized void finish(String name, String data) {
            add(name, data);
            finishedAt = Instant.now();
            closeWatchers();
        }

        synchronized boolean finishedBefore(Instant cutoff) {
            return finishedAt != null && finishedAt.isBefore(cutoff);
        }

        /** Sends what was generated so far, then each new piece as it comes. */
        synchronized void watch(SseEventSink sink, Sse sse) {
            Watcher watcher = new Watcher(sink, sse);
            // On Liberty the first write only commits the headers: a comment, so the first piece is not held back.
            sink.send(sse.newEventBuilder().comment("ask " + id).build());
            for (int i = 0; i < events.size(); i++) {
                if (!send(watcher, i)) {
                    return;
                }
            }
            if (finishedAt != null) {
                sink.close();
            } else {
                watchers.add(watcher);
            }
        }

        private boolean send(Watcher watcher, int index) {
            if (watcher.sink.isClosed()) {
                return false;
            }
            OutboundSseEvent event = watcher.sse.newEventBuilder().name(events.get(index)[0]).id(String.valueOf(index))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(events.get(index)[1]).build();
            watcher.sink.send(event);
            return true;
        }

        synchronized void closeWatchers() {
            watchers.forEach(w -> w.sink.close());
            watchers.clear();
        }
    }
}
