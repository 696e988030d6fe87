package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completions, at once and streamed: shapes, timing of the stream, framings, errors. */
class SimulatorCompletionsIT extends CallingTheGateway {

    static final HttpClient STREAMING = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SimulatorClient simulator;

    @BeforeEach
    void client() {
        simulator = new SimulatorClient(gateway);
    }

    private String completions() {
        return "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions/";
    }

    /** One received event: its data (lines joined) and when its blank line arrived. */
    record Arrival(String data, long atMillis) {
    }

    /** Reads the stream as it comes, noting when each event completes. */
    private List<Arrival> stream(String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = SimulatorClient.json(simulator.api(completions()), body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        long start = System.nanoTime();
        HttpResponse<InputStream> response = STREAMING.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Arrival> events = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).stripLeading());
                } else if (line.isEmpty() && data.length() > 0) {
                    events.add(new Arrival(data.toString(), (System.nanoTime() - start) / 1_000_000));
                    data.setLength(0);
                }
            }
        }
        return events;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void synchronousReplyStartsAConversationAndContinuesIt() {
        JsonObject first = simulator.postJson(completions(), "{\"message\":{\"content\":\"How do I reset my password?\"}}", 200);
        String conversation = first.getString("conversationId");
        assertTrue(first.getString("content").contains("reset my password"));

        JsonObject second = simulator.postJson(completions(), "{\"conversation\":\"" + conversation
                + "\",\"message\":{\"content\":\"退貨需要附上發票嗎？\",\"attachments\":[]},\"isStreaming\":false}", 200);
        assertEquals(conversation, second.getString("conversationId"));
        assertEquals(4, simulator.getJson("/messages/?conversation=" + conversation).getInt("count"));
    }

    @Test
    void streamedPiecesArriveSpacedAsConfiguredAndAddUpToTheReply() throws Exception {
        List<Arrival> events = stream("{\"message\":{\"content\":\"Is there a student discount?\"},\"is_streaming\":true}",
                "X-Simulator-Stream-Delay", "150");

        JsonObject last = parse(events.get(events.size() - 1).data());
        assertTrue(last.getBoolean("done"));
        StringBuilder reply = new StringBuilder();
        for (Arrival event : events.subList(0, events.size() - 1)) {
            JsonObject piece = parse(event.data());
            assertFalse(piece.getBoolean("done"));
            assertEquals(last.getString("conversation_id"), piece.getString("conversation_id"));
            reply.append(piece.getString("content"));
        }
        assertEquals(SimulatedAssistant.replyTo("Is there a student discount?"), reply.toString());
        // Spaced, not bunched at the end: every gap near 150 ms (looser bounds for a busy machine).
        for (int i = 1; i < 6; i++) {
            long gap = events.get(i).atMillis() - events.get(i - 1).atMillis();
            assertTrue(gap >= 100 && gap <= 600, "gap " + i + " was " + gap + " ms");
        }
    }

    @Test
    void theV1PathStreamsOnItsOwnSpellingOfTheFlag() throws Exception {
        List<Arrival> events = stream("{\"message\":{\"content\":\"hi\"},\"is_streaming\":true}", "X-Simulator-Stream-Delay", "0");
        assertTrue(events.size() > 5);
        assertTrue(parse(events.get(events.size() - 1).data()).getBoolean("done"));
    }

    @Test
    void everyLegalFramingCarriesTheSameEvents() throws Exception {
        HttpResponse<String> raw = send(SimulatorClient.json(simulator.api(completions()),
                "{\"message\":{\"content\":\"hi\"},\"is_streaming\":true}")
                .header("X-Simulator-Stream-Delay", "0").header("X-Simulator-Framing", "crlf,multiline,comments"));
        String body = raw.body();
        assertTrue(body.contains("\r\n\r\n"), "CRLF line ends");
        assertTrue(body.contains(": keep-alive\r\n"), "comment lines");
        assertTrue(body.contains("data:{\"content\":"), "data split over lines");
        assertTrue(body.contains("\r\ndata:\"conversation_id\""), "data split over lines");
        assertTrue(body.contains("\"done\":true}"));
    }

    /** Not MaiAgent's: the benchmark's paced, stamped stream, sent from a timer (see PacedEventsResource). */
    @Test
    void thePacedStreamStampsEachEventWhenWrittenAndPacesThem() throws Exception {
        HttpRequest.Builder paced = SimulatorClient.json(simulator.at("/control/paced-events/?events=5&intervalMillis=100"), "{}")
                .header("Accept", "text/event-stream");
        long before = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        long start = System.nanoTime();
        HttpResponse<InputStream> response = STREAMING.send(paced.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<Long> stamps = new ArrayList<>();
        boolean done = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("data:")) {
                    JsonObject event = parse(line.substring(5));
                    if (event.getBoolean("done")) {
                        done = true;
                    } else {
                        stamps.add(Long.parseLong(event.getString("content").trim().substring(1)));
                    }
                }
            }
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(done, "it ends with done");
        assertEquals(5, stamps.size());
        assertTrue(stamps.get(0) >= before, "stamped when written, on this machine's clock");
        for (int i = 1; i < stamps.size(); i++) {
            long gapMillis = (stamps.get(i) - stamps.get(i - 1)) / 1000;
            assertTrue(gapMillis >= 90 && gapMillis <= 600, "gap " + i + " was " + gapMillis + " ms");
        }
        assertTrue(tookMillis >= 400, "paced over four intervals: " + tookMillis + " ms");
        assertEquals(400, send(SimulatorClient.json(simulator.at("/control/paced-events/?events=0"), "{}")).statusCode());
        assertEquals(401, send(SimulatorClient.json(Http.request(simulator.uri("/control/paced-events/")), "{}")).statusCode());
    }

    @Test
    void badRequestsAreRefusedLikeMaiAgent() {
        assertEquals(400, send(SimulatorClient.json(simulator.api(completions()), "{}")).statusCode());
        HttpResponse<String> blank = send(SimulatorClient.json(simulator.api(completions()), "{\"message\":{\"content\":\" \"}}"));
        assertEquals(400, blank.statusCode());
        assertTrue(json(blank).getJsonObject("message").containsKey("content"));
        assertEquals(400, send(SimulatorClient.json(simulator.api(completions()), "{\"message\":")).statusCode());
        assertEquals(404, send(SimulatorClient.json(simulator.api("/chatbots/00000000-0000-4000-8000-000000000000/completions/"),
                "{\"message\":{\"content\":\"x\"}}")).statusCode());
        assertEquals(404, send(SimulatorClient.json(simulator.api(completions()),
                "{\"conversation\":\"00000000-0000-4000-8000-000000000000\",\"message\":{\"content\":\"x\"}}")).statusCode());
    }
}
