package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.platform.MaiAgentSettings;
import com.maiagentgateway.platform.Traces;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A streamed completion at MaiAgent, read without holding a thread: the JDK client pushes the
 * bytes as they arrive ({@link ReplyStreamSubscriber}). Not through the Rest Client: its streams
 * are drained to the end when closed, so a caller who leaves would keep MaiAgent generating; here
 * the exchange ends at once. The key comes from the same setting as the client's, errors are read
 * as by {@link MaiAgentErrorMapper}, and a stream silent for longer than
 * {@code maiagent.read-timeout-ms} is cut.
 */
@ApplicationScoped
public class ReplyStreamConnection {

    private static final int ERROR_BODY_LIMIT = 8192;

    @Inject
    MaiAgentSettings settings;

    @Inject
    UpstreamHttpClient http;

    @Inject
    UpstreamCall upstream;

    @Inject
    java.time.Clock clock;

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "maiagent-stream-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts the stream; each delta goes to {@code onDelta}; the stage completes with the whole reply. Its span is a
     * child of the span {@code traceparent} names (or of the current one).
     */
    public CompletionStage<ReplyDelta> open(String chatbotId, JsonObject body, Function<ReplyDelta, CompletionStage<?>> onDelta,
                                            String traceparent) {
        URI uri = completionsUri(settings.baseUrl(), chatbotId);
        StreamTrace trace = new StreamTrace(Traces.startChildOf("POST " + uri.getPath().replace(chatbotId, "{chatbotId}"), traceparent)
                .attribute("http.request.method", "POST").attribute("server.address", uri.getHost())
                .attribute("server.port", uri.getPort()).attribute("maiagent.chatbot", chatbotId));
        long readTimeoutMillis = settings.readTimeoutMillis();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(readTimeoutMillis))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        settings.apiKey().ifPresent(key -> request.header("Authorization", "Api-Key " + key));
        trace.span().sendWith(request::header);
        Function<ReplyDelta, CompletionStage<?>> relayed = trace.counting(onDelta);
        // Completed by hand with the bare failure: a CompletionException around it would hide it from the circuit breaker.
        CompletableFuture<ReplyDelta> reply = new CompletableFuture<>();
        long sentAt = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean answeredAtAll = new java.util.concurrent.atomic.AtomicBoolean();
        BiConsumer<ReplyDelta, Throwable> end = (whole, failure) -> {
            if (failure == null) {
                if (reply.complete(whole)) {
                    trace.ended(null);
                }
                return;
            }
            Throwable cause = AsyncFailures.cause(failure);
            boolean silentPastTimeout = !answeredAtAll.get() && cause.getClass() == java.io.IOException.class
                    && System.nanoTime() - sentAt >= TimeUnit.MILLISECONDS.toNanos(readTimeoutMillis);
            RuntimeException answered = cause instanceof RuntimeException known && !(cause instanceof java.io.UncheckedIOException) ? known
                    : silentPastTimeout ? UpstreamCall.silentPastTimeout("a streamed completion", cause)
                    : UpstreamCall.unreachable("a streamed completion", cause);
            if (reply.completeExceptionally(answered)) {
                trace.ended(answered);
            }
        };
        HttpResponse.BodyHandler<ReplyDelta> reader = answer -> {
            answeredAtAll.set(true);
            trace.span().attribute("http.response.status_code", answer.statusCode());
            if (answer.statusCode() >= 400) {
                return new EndedWithBody(refusal(answer), end);
            }
            if (isJson(answer)) {
                return new EndedWithBody(new WholeReplySubscriber(relayed), end); // a MaiAgent that did not read the streaming flag
            }
            return new EndedWithBody(new ReplyStreamSubscriber(relayed, readTimeoutMillis, watchdog), end);
        };
        // The exchange's own end only matters when it fails before there is a body (MaiAgent cannot be reached).
        http.get().sendAsync(request.build(), reader).whenComplete((response, failure) -> end.accept(failure == null ? response.body() : null, failure));
        return reply;
    }

    /**
     * Ends the reply the moment its body is read, on the client's thread that read it. The JDK client completes
     * {@code sendAsync}'s stage later, from CompletableFuture's default pool, which on a machine of one or two cores
     * starts a thread per task: 200 streams ending at once started 200 threads, which delayed the other streams' events.
     * That hop is the JDK's own and stays; {@code jvm.options} gives the pool two threads so that it is not a new thread.
     */
    private static final class EndedWithBody implements HttpResponse.BodySubscriber<ReplyDelta> {

        private final HttpResponse.BodySubscriber<ReplyDelta> body;
        private final CompletionStage<ReplyDelta> read;

        EndedWithBody(HttpResponse.BodySubscriber<ReplyDelta> body, BiConsumer<ReplyDelta, Throwable> end) {
            this.body = body;
            this.read = body.getBody(); // asked once: a body's stage may be built anew on each call
            read.whenComplete(end);
        }

        @Override
        public CompletionStage<ReplyDelta> getBody() {
            return read;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            body.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            body.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            body.onError(throwable);
        }

        @Override
        public void onComplete() {
            body.onComplete();
        }
    }

    /**
     * What a streamed completion's span records: the time to MaiAgent's first event, how many events were relayed, and
     * how the stream ended ({@code done}, {@code caller-left}, {@code maiagent-failed}).
     */
    private static final class StreamTrace {

        private final Traces.TraceSpan span;
        private final long startedAt = System.nanoTime();
        private final java.util.concurrent.atomic.AtomicLong events = new java.util.concurrent.atomic.AtomicLong();
        private volatile boolean callerLeft;

        StreamTrace(Traces.TraceSpan span) {
            this.span = span;
        }

        Traces.TraceSpan span() {
            return span;
        }

        Function<ReplyDelta, CompletionStage<?>> counting(Function<ReplyDelta, CompletionStage<?>> onDelta) {
            if (span == Traces.TraceSpan.NONE) {
                return onDelta;
            }
            return delta -> {
                if (events.getAndIncrement() == 0) {
                    span.attribute("maiagent.stream.first_event_ms", (System.nanoTime() - startedAt) / 1_000_000);
                }
                CompletionStage<?> passedOn = onDelta.apply(delta);
                passedOn.whenComplete((ignored, failure) -> callerLeft |= failure != null);
                return passedOn;
            };
        }

        void ended(Throwable failure) {
            span.attribute("maiagent.stream.events", events.get());
            span.attribute("maiagent.stream.end", failure == null ? "done" : callerLeft ? "caller-left" : "maiagent-failed");
            if (failure != null && !callerLeft) {
                span.failed(failure);
            }
            span.close();
        }
    }

    /** Where a chatbot's completions are, under either of MaiAgent's base paths (the same as the Rest Client's). */
    static URI completionsUri(String baseUrl, String chatbotId) {
        return URI.create(baseUrl.replaceAll("/+$", "") + "/chatbots/" + URLEncoder.encode(chatbotId, StandardCharsets.UTF_8) + "/completions/");
    }

    private static boolean isJson(HttpResponse.ResponseInfo answer) {
        return answer.headers().firstValue("Content-Type").map(type -> type.toLowerCase(java.util.Locale.ROOT))
                .filter(type -> type.startsWith("application/json")).isPresent();
    }

    /** MaiAgent's error answer (a short JSON document) read into the exception it stands for. */
    private HttpResponse.BodySubscriber<ReplyDelta> refusal(HttpResponse.ResponseInfo answer) {
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), bytes -> {
            String errorBody = new String(bytes, 0, Math.min(bytes.length, ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
            MaiAgentErrorException refused = MaiAgentErrorMapper.exceptionFor(answer.statusCode(), errorBody,
                    answer.headers().firstValue("Retry-After").orElse(null), clock);
            // A stream is a write: a Retry-After beyond the cap is passed on as such.
            throw refused instanceof MaiAgentBusyException busy ? upstream.tooLongToWait(busy) : refused;
        });
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }
}
