package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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

    /** Starts the stream; each delta goes to {@code onDelta}; the stage completes with the whole reply. */
    public CompletionStage<ReplyDelta> open(String chatbotId, JsonObject body, Function<ReplyDelta, CompletionStage<?>> onDelta) {
        HttpRequest.Builder request = HttpRequest.newBuilder(completionsUri(settings.baseUrl(), chatbotId))
                .timeout(Duration.ofMillis(settings.readTimeoutMillis()))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        settings.apiKey().ifPresent(key -> request.header("Authorization", "Api-Key " + key));
        HttpResponse.BodyHandler<ReplyDelta> reader = answer -> {
            if (answer.statusCode() >= 400) {
                return refusal(answer);
            }
            if (isJson(answer)) {
                return new WholeReplySubscriber(onDelta); // a MaiAgent that did not read the streaming flag
            }
            return new ReplyStreamSubscriber(onDelta, settings.readTimeoutMillis(), watchdog);
        };
        // Completed by hand with the bare failure: a CompletionException around it would hide it from the circuit breaker.
        CompletableFuture<ReplyDelta> reply = new CompletableFuture<>();
        http.get().sendAsync(request.build(), reader).whenComplete((response, failure) -> {
            if (failure == null) {
                reply.complete(response.body());
                return;
            }
            Throwable cause = AsyncFailures.cause(failure);
            reply.completeExceptionally(cause instanceof RuntimeException known && !(cause instanceof java.io.UncheckedIOException)
                    ? known : UpstreamCall.unreachable("a streamed completion", cause));
        });
        return reply;
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
