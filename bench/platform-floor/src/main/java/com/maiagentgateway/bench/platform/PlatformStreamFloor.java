package com.maiagentgateway.bench.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * A streamed completion as the least a product on these platform facilities can relay it: the caller's key checked by
 * the Jakarta Security mechanism, {@code @RolesAllowed}, the body read by JSON-B and checked by Bean Validation, the
 * upstream's stream read asynchronously by the JDK client, as the gateway reads it, and each event's data written to
 * the caller's JAX-RS event sink as it arrives. Left out: the gateway's parsing of each event, its usage, bulkhead,
 * audit and problem events.
 */
@ApplicationScoped
@Path("api/v1/chatbots/{chatbotId}/completions")
@RolesAllowed(BenchKeyMechanism.ROLE)
public class PlatformStreamFloor {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Jsonb JSONB = JsonbBuilder.create();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@PathParam("chatbotId") @Pattern(regexp = PlatformFloor.UUID) String chatbotId,
                       @Valid @NotNull Wire.CompletionRequest request, @Context SseEventSink sink, @Context Sse sse) {
        String body = JSONB.toJson(Map.of("message", request.message(), "is_streaming", true));
        HttpRequest call = HttpRequest.newBuilder(URI.create(UpstreamReads.API_BASE + "chatbots/" + chatbotId + "/completions/"))
                .header("Authorization", UpstreamReads.KEY).header("Content-Type", MediaType.APPLICATION_JSON)
                .header("Accept", MediaType.SERVER_SENT_EVENTS).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // The one place the caller's stream ends: after the upstream's, or after a call that never got a body.
        CLIENT.sendAsync(call, HttpResponse.BodyHandlers.fromLineSubscriber(new EventRelay(sink, sse)))
                .whenComplete((response, failure) -> sink.close());
    }

    /** Each {@code data:} line of the upstream's stream, written on as one event the moment it is read. */
    private record EventRelay(SseEventSink sink, Sse sse) implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:") && !sink.isClosed()) {
                sink.send(sse.newEventBuilder().data(line.substring(5).trim()).build());
            }
        }

        @Override
        public void onError(Throwable failure) {
            // The exchange completes with the failure; the sink is closed there.
        }

        @Override
        public void onComplete() {
            // The exchange completes after this; the sink is closed there.
        }
    }
}
