package com.maiagentgateway.simulator;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Delivers the assistant's reply to a created message as MaiAgent does: a POST of the message
 * object to the registered URL, retried with exponential backoff until it is answered 200, and
 * now and then delivered a second time. Every attempt is kept (the last 500) for tests to read.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final int KEEP_ATTEMPTS = 500;

    /** One delivery attempt: which message, which try, and how it was answered (status, or -1 for no answer). */
    record Attempt(String messageId, String conversationId, int attempt, boolean duplicate, int status, Instant at) {
    }

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SimulatorSettings settings;

    @Inject
    SimulatorStore store;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Deque<Attempt> attempts = new ArrayDeque<>();

    /** Makes up the reply and schedules its delivery. */
    void replyLater(SimConversation conversation, SimMessage question, URI simulatorBase, boolean forceDuplicate) {
        if (settings.webhookUrl().isEmpty()) {
            return;
        }
        URI target = URI.create(settings.webhookUrl().get());
        boolean duplicate = forceDuplicate || ThreadLocalRandom.current().nextDouble() < settings.webhookDuplicateRate();
        scheduler.schedule(() -> {
            long now = System.currentTimeMillis();
            String reply = SimulatedAssistant.replyTo(question.content().isBlank() ? "attachment" : question.content());
            SimMessage answer = new SimMessage(UUID.randomUUID().toString(), conversation.id(), SeedData.BOT_SENDER_IDS.get(0),
                    "AI 智能客服", "https://cdn.maiagent.example/avatars/bot.png", "outgoing", reply, JsonValue.NULL,
                    String.valueOf(now), now, JsonValue.EMPTY_JSON_ARRAY, SeedData.citations(7, 1, now));
            store.addMessage(answer);
            attempt(target, body(answer, simulatorBase), answer, 1, duplicate);
        }, settings.webhookReplyDelayMillis(), TimeUnit.MILLISECONDS);
    }

    /** The message object; the timestamp key alternates between the docs' two spellings. */
    static JsonObject body(SimMessage answer, URI simulatorBase) {
        JsonObject wire = WireFormat.message(answer, simulatorBase);
        if (Math.abs(answer.id().hashCode()) % 2 == 0) {
            return wire;
        }
        JsonObjectBuilder snake = Json.createObjectBuilder(wire).remove("createdAt").add("created_at", answer.createdAt());
        return snake.build();
    }

    private void attempt(URI target, JsonObject body, SimMessage answer, int attempt, boolean duplicate) {
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "MaiAgent-Webhook-Simulator")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        remember(new Attempt(answer.id(), answer.conversationId(), attempt, false, status, Instant.now()));
        if (status == 200) {
            if (duplicate) {
                scheduler.schedule(() -> deliverDuplicate(target, body, answer), 100, TimeUnit.MILLISECONDS);
            }
            return;
        }
        if (attempt >= settings.webhookMaxAttempts()) {
            // Only the path: the URL's query may carry the receiver's secret.
            LOG.warning("Simulated webhook for message " + answer.id() + " given up after " + attempt
                    + " attempts to " + target.getHost() + target.getPath());
            return;
        }
        long backoff = settings.webhookRetryBaseMillis() * (1L << (attempt - 1));
        scheduler.schedule(() -> attempt(target, body, answer, attempt + 1, duplicate), backoff, TimeUnit.MILLISECONDS);
    }

    private void deliverDuplicate(URI target, JsonObject body, SimMessage answer) {
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        remember(new Attempt(answer.id(), answer.conversationId(), 1, true, status, Instant.now()));
    }

    private synchronized void remember(Attempt attempt) {
        attempts.addLast(attempt);
        while (attempts.size() > KEEP_ATTEMPTS) {
            attempts.removeFirst();
        }
    }

    synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
