package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.SimulatorClient;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies to created messages arrive by webhook at a receiver this test runs: retried with
 * growing gaps until answered 200, and sometimes twice.
 */
class SimulatorWebhookIT extends CallingTheGateway {

    /** A delivery as the receiver saw it. */
    record Delivery(JsonObject body, long atMillis, int answered) {
    }

    static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    static final AtomicInteger REFUSE_NEXT = new AtomicInteger();
    static final HttpServer RECEIVER = startReceiver();

    private static HttpServer startReceiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = REFUSE_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
                DELIVERIES.add(new Delivery(Json.createReader(new StringReader(body)).readObject(), System.currentTimeMillis(), status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void deliverHere() {
        SimulatorClient.onTestServer().settings(
                "webhook-url", "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/hook",
                "webhook.reply-delay-ms", "50",
                "webhook.retry-base-ms", "200",
                "webhook.duplicate-rate", "0");
    }

    @AfterAll
    static void stopReceiver() {
        SimulatorClient.onTestServer().resetSettings();
        RECEIVER.stop(0);
    }

    SimulatorClient simulator;

    @BeforeEach
    void client() {
        simulator = new SimulatorClient(gateway);
        DELIVERIES.clear();
    }

    private String newConversation() {
        return simulator.postJson("/conversations/", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}", 201).getString("id");
    }

    private List<Delivery> awaitDeliveries(String conversation, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<Delivery> mine = DELIVERIES.stream().filter(d -> conversation.equals(d.body().getString("conversation"))).toList();
            if (mine.size() >= count) {
                Thread.sleep(700); // and no more than that
                return DELIVERIES.stream().filter(d -> conversation.equals(d.body().getString("conversation"))).toList();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " deliveries: " + DELIVERIES);
    }

    @Test
    void replyIsDeliveredAsAMessageObject() throws Exception {
        String conversation = newConversation();
        simulator.postJson("/messages/", "{\"conversation\":\"" + conversation + "\",\"content\":\"退貨需要附上發票嗎？\"}", 201);

        List<Delivery> deliveries = awaitDeliveries(conversation, 1);
        assertEquals(1, deliveries.size());
        JsonObject reply = deliveries.get(0).body();
        assertEquals("outgoing", reply.getString("type"));
        assertTrue(reply.getString("content").contains("退貨需要附上發票嗎"));
        assertTrue(reply.containsKey("createdAt") || reply.containsKey("created_at"));
        for (String key : List.of("id", "sender", "feedback", "attachments", "citations")) {
            assertTrue(reply.containsKey(key), key);
        }
        // and the reply is part of the thread
        assertEquals(2, simulator.getJson("/messages/?conversation=" + conversation).getInt("count"));
    }

    @Test
    void refusedDeliveriesAreRetriedWithGrowingGaps() throws Exception {
        REFUSE_NEXT.set(2);
        String conversation = newConversation();
        simulator.postJson("/messages/", "{\"conversation\":\"" + conversation + "\",\"content\":\"hello\"}", 201);

        List<Delivery> deliveries = awaitDeliveries(conversation, 3);
        assertEquals(List.of(500, 500, 200), deliveries.stream().map(Delivery::answered).toList());
        String messageId = deliveries.get(0).body().getString("id");
        assertTrue(deliveries.stream().allMatch(d -> d.body().getString("id").equals(messageId)), "the same message each time");
        long firstGap = deliveries.get(1).atMillis() - deliveries.get(0).atMillis();
        long secondGap = deliveries.get(2).atMillis() - deliveries.get(1).atMillis();
        assertTrue(firstGap >= 150, "first retry after ~200 ms, was " + firstGap);
        // The design is 200 ms then 400 ms; a busy machine only makes gaps longer, so the second is held to its own floor.
        assertTrue(secondGap >= 300, "backoff grows: " + firstGap + " then " + secondGap);
        String log = simulator.at("/control/webhook-deliveries/?conversation=" + conversation).build().uri().toString();
        assertTrue(com.maiagentgateway.it.Http.send(simulator.at("/control/webhook-deliveries/?conversation=" + conversation))
                .body().contains("\"attempt\":3"), log);
    }

    @Test
    void sometimesTheSameReplyArrivesTwice() throws Exception {
        String conversation = newConversation();
        simulator.postJson("/messages/", "{\"conversation\":\"" + conversation + "\",\"content\":\"twice\"}", 201);
        awaitDeliveries(conversation, 1);
        DELIVERIES.clear();
        var request = SimulatorClient.json(simulator.api("/messages/"),
                "{\"conversation\":\"" + conversation + "\",\"content\":\"twice please\"}").header("X-Simulator-Webhook", "duplicate");
        assertEquals(201, com.maiagentgateway.it.Http.send(request).statusCode());

        List<Delivery> deliveries = awaitDeliveries(conversation, 2);
        assertEquals(2, deliveries.size());
        assertEquals(deliveries.get(0).body(), deliveries.get(1).body());
    }
}
