package com.maiagentgateway.platform;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.TraceReceiver;
import com.maiagentgateway.it.TraceReceiver.ReceivedSpan;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Traces as an operator's collector receives them (OTLP/HTTP, it/TraceReceiver): one trace per call under the
 * caller's own span, a span per MaiAgent call whose traceparent MaiAgent (the simulator, traced on the same server)
 * continues, a streamed completion's first event and ending, a webhook reply from its intake to the stream it
 * reached, and the trace id a failed call's problem names.
 */
class TracesIT extends CallingTheGateway {

    /** A caller's span: a W3C traceparent of a fresh trace. */
    private record CallerSpan(String traceId, String spanId) {

        static CallerSpan fresh() {
            HexFormat hex = HexFormat.of();
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            ThreadLocalRandom.current().nextBytes(trace);
            ThreadLocalRandom.current().nextBytes(span);
            return new CallerSpan(hex.formatHex(trace), hex.formatHex(span));
        }

        String traceparent() {
            return "00-" + traceId + "-" + spanId + "-01";
        }
    }

    private record Application(String name, String key) {
    }

    private Application application() {
        String name = "traced-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"owner\":\"Tracing test\",\"contact\":\"ops@example.com\","
                        + "\"operations\":[\"completions\"],\"chatbots\":[\"" + SimulatorClient.SUPPORT_BOT + "\"],"
                        + "\"quotas\":{\"requestsPerMinute\":100}}")));
        assertEquals(201, created.statusCode(), created::body);
        return new Application(name, json(created).getJsonObject("key").getString("key"));
    }

    /** The test server's access log line of a call, found by its trace id and request line (written a little later). */
    private static String accessLogLine(String traceId, String requestLine) throws Exception {
        Path log = Path.of("target/liberty/wlp/usr/servers/" + System.getProperty("it.server.name", "testServer") + "/logs/http_access.log");
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            if (Files.exists(log)) {
                try (var lines = Files.lines(log)) {
                    var line = lines.filter(l -> l.contains(" " + traceId + ":") && l.contains("\"" + requestLine + " HTTP/1.1\"")).findFirst();
                    if (line.isPresent()) {
                        return line.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line names the trace " + traceId + " in " + log);
    }

    private static ReceivedSpan gatewayServerSpan(CallerSpan caller, String path) {
        return TraceReceiver.awaitSpan(caller.traceId(), s -> s.kind().equals("SERVER") && path.equals(s.attribute("url.path")),
                "the gateway's span for " + path);
    }

    /** The simulator's span for a call the gateway made: its parent is the gateway's client span (traceparent sent on). */
    private static ReceivedSpan maiAgentsSpanUnder(ReceivedSpan clientSpan) {
        return TraceReceiver.awaitSpan(clientSpan.traceId(), s -> s.kind().equals("SERVER")
                && s.parentSpanId().equals(clientSpan.spanId()) && s.attribute("url.path").startsWith("/maiagent-simulator/"),
                "MaiAgent's span under " + clientSpan.name());
    }

    @Test
    void aCompletionIsOneTraceUnderTheCallersSpanDownToMaiAgent() throws Exception {
        Application application = application();
        String key = application.key();
        CallerSpan caller = CallerSpan.fresh();
        HttpResponse<String> answer = send(request(gateway, "/openai/v1/chat/completions").header("Authorization", "Bearer " + key)
                .header("traceparent", caller.traceparent()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"support-bot\",\"messages\":[{\"role\":\"user\",\"content\":\"Do you ship to Japan?\"}]}")));
        assertEquals(200, answer.statusCode(), answer::body);

        ReceivedSpan call = gatewayServerSpan(caller, "/maiagent/openai/v1/chat/completions");
        assertEquals(caller.spanId(), call.parentSpanId(), "the caller's span is the call's parent");
        ReceivedSpan quota = TraceReceiver.awaitSpan(caller.traceId(), s -> s.name().equals("take quota"), "the quota take's span");
        assertEquals("COMPLETIONS", quota.attribute("maiagent.operation"));
        ReceivedSpan toMaiAgent = TraceReceiver.awaitSpan(caller.traceId(), s -> s.kind().equals("CLIENT")
                && s.attribute("url.full") != null && s.attribute("url.full").contains("/completions"), "the MaiAgent call's span");
        assertEquals("200", toMaiAgent.attribute("http.response.status_code"));
        maiAgentsSpanUnder(toMaiAgent);

        // The access log's line of the call: the caller, the operation, the status and the trace.
        String line = accessLogLine(caller.traceId(), "POST /maiagent/openai/v1/chat/completions");
        assertTrue(line.contains(" app/" + application.name() + " ") && line.contains(" 200 "), line);

        // An OpenAI-shaped error names the trace too.
        CallerSpan refusedCaller = CallerSpan.fresh();
        HttpResponse<String> refused = send(request(gateway, "/openai/v1/chat/completions").header("Authorization", "Bearer " + key)
                .header("traceparent", refusedCaller.traceparent()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"support-bot\",\"n\":2,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")));
        assertEquals(400, refused.statusCode(), refused::body);
        assertEquals(refusedCaller.traceId(), json(refused).getJsonObject("error").getString("trace_id"), refused.body());
    }

    @Test
    void aStreamedCompletionRecordsItsFirstEventItsEventsAndHowItEnded() throws Exception {
        CallerSpan caller = CallerSpan.fresh();
        int events = 0;
        try (EventStream stream = EventStream.open(as(request(gateway, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions"),
                DevUsers.CLIENT).header("traceparent", caller.traceparent()).header("Accept", "text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"content\":\"What are your opening hours?\"}}")))) {
            while (stream.next(Duration.ofSeconds(20)) != null) {
                events++;
            }
        }
        assertTrue(events > 1, "the reply was streamed");

        ReceivedSpan streamed = TraceReceiver.awaitSpan(caller.traceId(), s -> s.attribute("maiagent.stream.end") != null,
                "the streamed completion's span");
        assertEquals("CLIENT", streamed.kind());
        assertEquals("done", streamed.attribute("maiagent.stream.end"));
        assertTrue(Long.parseLong(streamed.attribute("maiagent.stream.events")) > 1, streamed.toString());
        assertNotNull(streamed.attribute("maiagent.stream.first_event_ms"), streamed.toString());
        maiAgentsSpanUnder(streamed);
    }

    @Test
    void aProblemNamesTheTraceTheCollectorReceived() {
        SimulatorClient simulator = SimulatorClient.onTestServer();
        HttpResponse<String> armed = send(SimulatorClient.json(simulator.at("/control/faults/"),
                "{\"endpoint\":\"conversations\",\"fault\":\"status=500\",\"times\":1}"));
        assertEquals(201, armed.statusCode(), armed::body);
        try {
            HttpResponse<String> failed = send(as(request(gateway, "/api/v1/conversations/" + SimulatorClient.seeded("conversation-1")), DevUsers.CLIENT));
            assertEquals(502, failed.statusCode(), failed::body);
            String traceId = json(failed).getString("traceId");
            assertTrue(traceId.matches("[0-9a-f]{32}"), failed.body());
            ReceivedSpan call = TraceReceiver.awaitSpan(traceId, s -> s.kind().equals("SERVER")
                    && s.attribute("url.path").startsWith("/maiagent/api/v1/conversations/"), "the failed call's span");
            assertEquals("502", call.attribute("http.response.status_code"));
        } finally {
            send(simulator.at("/control/faults/").DELETE());
        }
    }

    @Test
    void aWebhookReplyIsTracedFromItsIntakeToTheStreamItReached() throws Exception {
        String conversation = UUID.randomUUID().toString();
        CallerSpan maiAgent = CallerSpan.fresh();
        try (EventStream replies = EventStream.open(as(request(gateway, "/api/v1/conversations/" + conversation + "/replies"), DevUsers.CLIENT)
                .header("Accept", "text/event-stream"))) {
            HttpResponse<String> delivered = send(request(gateway, "/webhooks/maiagent?secret=" + DevUsers.webhookSecret())
                    .header("traceparent", maiAgent.traceparent()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + UUID.randomUUID() + "\",\"conversation\":\"" + conversation
                            + "\",\"sender\":{\"id\":789,\"name\":\"AI\",\"avatar\":null},\"type\":\"outgoing\",\"content\":\"traced\","
                            + "\"feedback\":null,\"created_at\":\"1748314926000\",\"attachments\":[],\"citations\":[]}")));
            assertEquals(200, delivered.statusCode(), delivered::body);
            assertNotNull(replies.next("reply", Duration.ofSeconds(10)), "the reply reached the stream");
        }
        ReceivedSpan intake = TraceReceiver.awaitSpan(maiAgent.traceId(), s -> s.name().equals("receive MaiAgent webhook delivery"),
                "the webhook intake's span");
        assertEquals("stored", intake.attribute("maiagent.webhook.receipt"));
        ReceivedSpan pushed = TraceReceiver.awaitSpan(maiAgent.traceId(), s -> s.name().equals("push webhook reply to listeners"),
                "the push to the stream's span");
        assertEquals(intake.spanId(), pushed.parentSpanId(), "one node: the push happens within the intake");
        assertEquals(conversation, pushed.attribute("maiagent.conversation"));
        ReceivedSpan received = TraceReceiver.awaitSpan(maiAgent.traceId(), s -> s.parentSpanId().equals(maiAgent.spanId()),
                "the delivery's span under MaiAgent's");
        assertEquals(received.spanId(), intake.parentSpanId(), "the intake is within the server's span for the delivery");
    }
}
