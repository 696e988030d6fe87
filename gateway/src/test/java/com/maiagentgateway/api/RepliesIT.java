package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replies delivered by webhook: the receiver's checks, idempotency, the replies stream and its resumption. */
class RepliesIT extends CallingTheGateway {

    /** A reply event as received. */
    record Reply(String id, JsonObject message) {
    }

    /** An open replies stream of one conversation; close() hangs up. */
    final class Stream implements AutoCloseable {
        private final EventStream events;

        Stream(String conversation, String lastEventId) {
            HttpRequest.Builder request = as(request(gateway, "/api/v1/conversations/" + conversation + "/replies"), DevUsers.CLIENT);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            events = EventStream.open(request);
        }

        Reply next(long seconds) throws InterruptedException {
            EventStream.Event reply = events.next("reply", Duration.ofSeconds(seconds));
            return reply == null ? null : new Reply(reply.id(), reply.json());
        }

        @Override
        public void close() throws IOException {
            events.close();
        }
    }

    private HttpResponse<String> deliver(String secret, String contentType, String body) {
        HttpRequest.Builder request = request(gateway, "/webhooks/maiagent" + (secret == null ? "" : "?secret=" + secret))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private static String delivery(String messageId, String conversation, String content) {
        return "{\"id\":\"" + messageId + "\",\"conversation\":\"" + conversation + "\",\"sender\":{\"id\":789,\"name\":\"AI\",\"avatar\":null},"
                + "\"type\":\"outgoing\",\"content\":\"" + content + "\",\"feedback\":null,\"created_at\":\"1748314926000\",\"attachments\":[],\"citations\":[]}";
    }

    @Test
    void theSecretIsCheckedAndNothingIsStoredWithoutIt() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String body = delivery(UUID.randomUUID().toString(), conversation, "sneaky");
        assertProblem(deliver(null, "application/json", body), 401, "unauthenticated");
        assertProblem(deliver(DevUsers.webhookSecret() + "x", "application/json", body), 401, "unauthenticated");
        try (Stream replies = new Stream(conversation, "0")) {
            assertNull(replies.next(1), "nothing was stored");
        }
    }

    @Test
    void badDeliveriesAreRefused() throws Exception {
        String secret = DevUsers.webhookSecret();
        assertProblem(deliver(secret, "text/plain", "hello"), 415, "unsupported-media-type");
        assertProblem(deliver(secret, "application/json", "{not json"), 400, "bad-request");
        assertProblem(deliver(secret, "application/json", "[1,2]"), 400, "bad-request");
        assertProblem(deliver(secret, "application/json", "{\"content\":\"no ids\"}"), 400, "invalid-input");
        // Once 500s: an id longer than the inbox keeps, and JSON nested 50,000 deep (once an HTML error page).
        assertProblem(deliver(secret, "application/json", delivery("m".repeat(101), UUID.randomUUID().toString(), "long id")), 400, "invalid-input");
        assertProblem(deliver(secret, "application/json", "[".repeat(50_000) + "]".repeat(50_000)), 400, "bad-request");
        assertProblem(deliver(secret, "application/json", "{\"id\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}"), 400, "bad-request");
    }

    @Test
    void aRepeatedDeliveryIsStoredOnce() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String body = delivery(UUID.randomUUID().toString(), conversation, "once");
        HttpResponse<String> first = deliver(DevUsers.webhookSecret(), "application/json", body);
        HttpResponse<String> again = deliver(DevUsers.webhookSecret(), "application/json", body);
        assertEquals(200, first.statusCode());
        assertEquals("stored", json(first).getString("receipt"));
        assertEquals(200, again.statusCode());
        assertEquals("duplicate", json(again).getString("receipt"));
        try (Stream replies = new Stream(conversation, "0")) {
            assertEquals("once", replies.next(5).message().getString("content"));
            assertNull(replies.next(1), "no second copy");
        }
    }

    /**
     * Deliveries that land at once still reach every open stream, each once and in id order, and a stream resumed
     * with Last-Event-ID gets exactly what came after it (the streams dropped replies published out of order).
     */
    @Test
    void concurrentDeliveriesReachEveryStreamOnceInOrderAndResumeExactly() throws Exception {
        String conversation = UUID.randomUUID().toString();
        int deliveries = 500;
        List<Stream> streams = new ArrayList<>();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < 5; i++) {
                streams.add(new Stream(conversation, null));
            }
            // Each stream has joined once its answer began: the headers go out with its first comment, written on joining.
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                String body = delivery(UUID.randomUUID().toString(), conversation, "reply " + i);
                sent.add(senders.submit(() -> deliver(DevUsers.webhookSecret(), "application/json", body)));
            }
            for (var answer : sent) {
                assertEquals(200, answer.get().statusCode(), () -> "a delivery was refused");
            }
            List<String> first = null;
            for (Stream stream : streams) {
                List<String> ids = new ArrayList<>();
                for (Reply reply; ids.size() < deliveries && (reply = stream.next(20)) != null; ) {
                    ids.add(reply.id());
                }
                assertEquals(deliveries, ids.size(), "every reply reached the stream");
                assertEquals(deliveries, new java.util.HashSet<>(ids).size(), "each once");
                List<Long> numbers = ids.stream().map(Long::valueOf).toList();
                assertEquals(numbers.stream().sorted().toList(), numbers, "in id order");
                assertTrue(first == null || first.equals(ids), "every stream got the same replies");
                first = ids;
            }
            // Resumed from the middle: exactly the rest, in order.
            try (Stream resumed = new Stream(conversation, first.get(249))) {
                List<String> rest = new ArrayList<>();
                // The 250 expected, then a second more for any that should not come.
                for (Reply reply; (reply = resumed.next(rest.size() < 250 ? 5 : 1)) != null; ) {
                    rest.add(reply.id());
                }
                assertEquals(first.subList(250, deliveries), rest);
            }
        } finally {
            senders.shutdownNow();
            for (Stream stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    void resumesAfterLastEventId() throws Exception {
        String conversation = UUID.randomUUID().toString();
        deliver(DevUsers.webhookSecret(), "application/json", delivery(UUID.randomUUID().toString(), conversation, "first"));
        deliver(DevUsers.webhookSecret(), "application/json", delivery(UUID.randomUUID().toString(), conversation, "second"));
        String firstId;
        try (Stream all = new Stream(conversation, "0")) {
            Reply first = all.next(5);
            assertEquals("first", first.message().getString("content"));
            assertEquals("second", all.next(5).message().getString("content"));
            firstId = first.id();
        }
        try (Stream resumed = new Stream(conversation, firstId)) {
            Reply next = resumed.next(5);
            assertEquals("second", next.message().getString("content"));
            assertNull(resumed.next(1));
        }
        try (Stream fresh = new Stream(conversation, null)) {
            assertNull(fresh.next(1), "without Last-Event-ID only what lands from now on");
            deliver(DevUsers.webhookSecret(), "application/json", delivery(UUID.randomUUID().toString(), conversation, "third"));
            assertEquals("third", fresh.next(5).message().getString("content"));
        }
    }

    @Test
    void aMessageSentThroughTheApiGetsItsReplyLive() throws Exception {
        var created = send(as(request(gateway, "/api/v1/conversations"), DevUsers.CLIENT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}")));
        String conversation = json(created).getString("id");
        try (Stream replies = new Stream(conversation, null)) {
            var sent = send(as(request(gateway, "/api/v1/conversations/" + conversation + "/messages"), DevUsers.CLIENT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"退貨需要附上發票嗎？\"}")));
            assertEquals(201, sent.statusCode(), sent::body);
            Reply reply = replies.next(10);
            assertTrue(reply != null, "the reply arrived by webhook and was pushed on");
            assertEquals("outgoing", reply.message().getString("type"));
            assertTrue(reply.message().getString("content").contains("退貨需要附上發票嗎"));
            assertTrue(reply.id().matches("\\d+"));
        }
    }

    @Test
    void badLastEventIdIs400() {
        assertProblem(send(as(request(gateway, "/api/v1/conversations/" + UUID.randomUUID() + "/replies"), DevUsers.CLIENT)
                .header("Accept", "text/event-stream").header("Last-Event-ID", "abc")), 400, "invalid-input");
    }
}
