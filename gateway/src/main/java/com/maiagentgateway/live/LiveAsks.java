package com.maiagentgateway.live;

import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.platform.Jsonp;
import com.maiagentgateway.service.CompletionService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

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

    @Inject
    Clock clock;

    /** Per node on purpose: an ask's reply is generated on the node the admin asked, and watched there (the page asks it). */
    private final Map<String, Ask> asks = new ConcurrentHashMap<>();
    private final Audiences watchers = new Audiences();

    /**
     * Starts the completion; returns the id to watch it by. {@code describe} says in the asker's words what failed;
     * {@code answeredIn} hears once which conversation MaiAgent answers in (its first piece names it).
     */
    public String start(String owner, String chatbotId, CompletionRequest request, Function<Throwable, String> describe,
                        Consumer<String> answeredIn) {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        asks.values().removeIf(a -> a.finishedBefore(cutoff));
        Ask ask = new Ask(UUID.randomUUID().toString(), owner, request.content());
        asks.put(ask.id, ask);
        CompletionStage<ReplyDelta> reply;
        try {
            reply = completions.stream(chatbotId, request, delta -> {
                if (ask.stopped) {
                    // Failing the relay ends the call to MaiAgent (as a client that leaves does).
                    return CompletableFuture.failedFuture(new StoppedByAsker());
                }
                ask.answeredIn(delta.conversationId(), answeredIn);
                if (!delta.done()) {
                    ask.add("delta", Jsonp.createObjectBuilder().add("content", delta.content()).build().toString());
                }
                return CompletableFuture.completedFuture(null);
            });
        } catch (RuntimeException failure) {
            reply = CompletableFuture.failedFuture(failure);
        }
        reply.whenComplete((whole, failure) -> {
            if (failure == null) {
                ask.answeredIn(whole.conversationId(), answeredIn);
                ask.finish("done", Jsonp.createObjectBuilder().add("content", whole.content())
                        .add("conversationId", whole.conversationId() == null ? "" : whole.conversationId()).build().toString());
            } else if (ask.stopped) {
                ask.finish("stopped", Jsonp.createObjectBuilder().add("detail", "Stopped: MaiAgent was told to stop generating.").build().toString());
            } else {
                ask.finish("error", Jsonp.createObjectBuilder().add("detail", describe.apply(AsyncFailures.cause(failure))).build().toString());
            }
        });
        return ask.id;
    }

    /** Stops an ask of {@code user}'s that is still being answered: the next piece ends the call to MaiAgent. */
    public void stop(String askId, String user) {
        Ask ask = askId == null ? null : asks.get(askId);
        if (ask != null && ask.owner.equals(user)) {
            ask.stopped = true;
        }
    }

    /** The question of an ask of {@code user}'s (to show it again after a reload), or null when there is no such ask. */
    public String questionOf(String askId, String user) {
        Ask ask = askId == null ? null : asks.get(askId);
        return ask == null || !ask.owner.equals(user) ? null : ask.question;
    }

    /** The asker stopped the answer. */
    static final class StoppedByAsker extends RuntimeException {
        StoppedByAsker() {
            super("stopped by the asker", null, false, false);
        }
    }

    /** The conversation a finished ask of {@code user}'s was answered in (MaiAgent makes one when none is named), or null. */
    public String conversationOf(String askId, String user) {
        Ask ask = askId == null ? null : asks.get(askId);
        return ask == null || !ask.owner.equals(user) ? null : ask.conversationId;
    }

    /** Streams the ask's reply from its first piece, if the ask exists and is {@code user}'s; false otherwise. */
    public boolean watch(String askId, String user, SseEventSink sink, Sse sse) {
        Ask ask = asks.get(askId);
        if (ask == null || !ask.owner.equals(user)) {
            return false;
        }
        ask.watch(sink, sse);
        return true;
    }

    @PreDestroy
    void closeAll() {
        watchers.closeAll();
    }

    /** One question's reply so far; its events' ids are their positions. */
    final class Ask {
        private final String id;
        private final String owner;
        private final List<String[]> events = new ArrayList<>();
        private Instant finishedAt;
        private final String question;
        private volatile String conversationId;
        private volatile boolean stopped;

        Ask(String id, String owner, String question) {
            this.id = id;
            this.owner = owner;
            this.question = question;
        }

        /** The first conversation id MaiAgent names is the ask's, told to {@code whoWantsIt} once. */
        synchronized void answeredIn(String id, Consumer<String> whoWantsIt) {
            if (conversationId == null && id != null && !id.isBlank()) {
                conversationId = id;
                whoWantsIt.accept(id);
            }
        }

        synchronized void add(String name, String data) {
            events.add(new String[] {name, data});
            watchers.send(id, events.size() - 1, name, data);
        }

        synchronized void finish(String name, String data) {
            add(name, data);
            finishedAt = clock.instant();
            watchers.close(id);
        }

        synchronized boolean finishedBefore(Instant cutoff) {
            return finishedAt != null && finishedAt.isBefore(cutoff);
        }

        /** What was generated so far, then each new piece as it comes (held: no piece overtakes the catch-up). */
        synchronized void watch(SseEventSink sink, Sse sse) {
            LiveStream stream = watchers.join(id, "ask " + id, sink, sse, -1, joined -> {
                for (int i = 0; i < events.size(); i++) {
                    joined.send(i, events.get(i)[0], events.get(i)[1]);
                }
            });
            if (finishedAt != null) {
                watchers.close(id);
                stream.close();
            }
        }
    }
}
