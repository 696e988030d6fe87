package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fault switch, by request header and armed per endpoint. */
class SimulatorFaultsIT extends CallingTheGateway {

    SimulatorClient simulator;

    @BeforeEach
    void client() {
        simulator = new SimulatorClient(gateway);
    }

    @AfterEach
    void disarm() {
        assertEquals(204, send(simulator.at("/control/faults/").DELETE()).statusCode());
    }

    private HttpRequest.Builder specs(String fault) {
        HttpRequest.Builder request = simulator.api("/allowed-file-specs/");
        return fault == null ? request : request.header("X-Simulator-Fault", fault);
    }

    private HttpRequest.Builder stream(String fault) {
        return SimulatorClient.json(simulator.api("/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions/"),
                "{\"message\":{\"content\":\"hello there\"},\"is_streaming\":true}")
                .header("X-Simulator-Stream-Delay", "0").header("X-Simulator-Fault", fault);
    }

    @Test
    void latencyDelaysTheAnswer() {
        long start = System.nanoTime();
        assertEquals(200, send(specs("latency=400")).statusCode());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 400);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrors(int status) {
        HttpResponse<String> response = send(specs("status=" + status));
        assertEquals(status, response.statusCode());
        if (status != 500) {
            assertTrue(Http.contentType(response).startsWith("text/html"), "a proxy's HTML page");
        }
    }

    @Test
    void throttledWithRetryAfter() {
        HttpResponse<String> response = send(specs("status=429,retry-after=3"));
        assertEquals(429, response.statusCode());
        assertEquals("3", response.headers().firstValue("Retry-After").orElse(""));
        assertTrue(response.body().contains("throttled"));
    }

    @Test
    void droppedConnectionCutsTheAnswer() {
        UncheckedIOException dropped = assertThrows(UncheckedIOException.class, () -> send(specs("drop")));
        assertTrue(dropped.getCause().getMessage().contains("content-length"), dropped.getCause().getMessage());
    }

    @Test
    void malformedJson() {
        HttpResponse<String> response = send(specs("malformed"));
        assertEquals(200, response.statusCode());
        assertThrows(JsonParsingException.class, () -> Json.createReader(new StringReader(response.body())).readObject());
    }

    @Test
    void streamCutWithoutDone() {
        String body = send(stream("cut-after=3")).body();
        assertEquals(3, body.split("\n\n").length, body);
        assertFalse(body.contains("\"done\":true"));
    }

    @Test
    void streamDrippedByteByByte() throws IOException {
        HttpResponse<InputStream> response = Http.sendForStream(stream("drip=3,cut-after=1"));
        long start = System.nanoTime();
        int reads = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                reads++;
            }
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        // One event of ~90 bytes, 3 ms apart: it takes time and arrives in many small reads.
        assertTrue(took >= 150, "took " + took + " ms");
        assertTrue(reads > 10, reads + " reads");
    }

    @Test
    void armedFaultHitsTheNextAnswersThenStops() {
        HttpResponse<String> armed = send(SimulatorClient.json(simulator.at("/control/faults/"),
                "{\"endpoint\":\"allowed-file-specs\",\"fault\":\"status=503\",\"times\":2}"));
        assertEquals(201, armed.statusCode(), armed::body);

        assertEquals(503, send(specs(null)).statusCode());
        assertEquals(503, send(specs(null)).statusCode());
        assertEquals(200, send(specs(null)).statusCode());
        assertEquals("{}", send(simulator.at("/control/faults/")).body());
    }

    @Test
    void armedUntilCleared() {
        send(SimulatorClient.json(simulator.at("/control/faults/"), "{\"endpoint\":\"conversations\",\"fault\":\"status=500\"}"));
        for (int i = 0; i < 3; i++) {
            assertEquals(500, send(simulator.api("/conversations/?inbox=" + SimulatorClient.WEB_INBOX)).statusCode());
        }
        assertEquals(204, send(simulator.at("/control/faults/conversations/").DELETE()).statusCode());
        assertEquals(200, send(simulator.api("/conversations/?inbox=" + SimulatorClient.WEB_INBOX)).statusCode());
    }

    @Test
    void nonsenseFaultsAreRefused() {
        assertEquals(400, send(specs("explode")).statusCode());
        assertEquals(400, send(SimulatorClient.json(simulator.at("/control/faults/"), "{\"endpoint\":\"nowhere\",\"fault\":\"drop\"}")).statusCode());
        assertEquals(400, send(SimulatorClient.json(simulator.at("/control/faults/"), "{\"endpoint\":\"records\",\"fault\":\"status=abc\"}")).statusCode());
    }

    @Test
    void controlNeedsTheKeyToo() {
        assertEquals(401, send(Http.request(simulator.uri("/control/faults/"))).statusCode());
    }
}
