package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator refuses what MaiAgent's pages forbid, base path by base path, the way its
 * framework answers (400 naming the field): one test per documented rule, so that a client
 * mistake fails a test here before it fails in production.
 */
class SimulatorContractIT extends CallingTheGateway {

    static final String ATTACHMENT_ID = "550e8400-e29b-41d4-a716-446655440000";

    SimulatorClient simulator;
    String conversation;

    @BeforeEach
    void conversation() {
        simulator = new SimulatorClient(gateway);
        conversation = simulator.postJson("/conversations/", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}", 201).getString("id");
    }

    private HttpResponse<String> post(String prefix, String path, String body) {
        return send(SimulatorClient.json(simulator.at(prefix + path), body).header("X-Simulator-Stream-Delay", "0"));
    }

    private static void assertFieldError(HttpResponse<String> answer, String field) {
        assertEquals(400, answer.statusCode(), answer::body);
        assertTrue(json(answer).containsKey(field), answer::body);
    }

    private static String contentType(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void aMessageIsReadOnlyWithItsConversation() {
        String id = simulator.postJson("/messages/", "{\"conversation\":\"" + conversation + "\",\"content\":\"hi\"}", 201).getString("id");

        assertFieldError(send(simulator.api("/messages/" + id + "/")), "conversation");
        assertFieldError(send(simulator.api("/messages/" + id + "/?conversation=nope")), "conversation");
        assertEquals(404, send(simulator.api("/messages/" + id + "/?conversation=" + SimulatorClient.seeded("conversation-1"))).statusCode(),
                "a message of another conversation is not found");
        assertEquals(200, send(simulator.api("/messages/" + id + "/?conversation=" + conversation)).statusCode());
    }

    /** Each base path reads the flag as its own page spells it; the other spelling is ignored, so the reply comes whole. */
    @ParameterizedTest
    @CsvSource({"/api/v1, is_streaming, text/event-stream", "/api/v1, isStreaming, application/json",
                "/api, isStreaming, text/event-stream", "/api, is_streaming, application/json"})
    void theStreamingFlagIsReadAsEachBasePathSpellsIt(String prefix, String flag, String answered) {
        HttpResponse<String> answer = post(prefix, "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions/",
                "{\"message\":{\"content\":\"hi\"},\"" + flag + "\":true}");
        assertEquals(200, answer.statusCode(), answer::body);
        assertTrue(contentType(answer).startsWith(answered), contentType(answer));
    }

    @Test
    void theStreamingFlagIsABoolean() {
        assertFieldError(post("/api/v1", "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions/",
                "{\"message\":{\"content\":\"hi\"},\"is_streaming\":\"yes\"}"), "is_streaming");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1|{\"filename\":\"a.pdf\",\"file\":\"https://example.com/a.pdf\",\"type\":\"other\"}|id",
            "/api|{\"filename\":\"a.pdf\",\"file\":\"https://example.com/a.pdf\",\"type\":{}}|id",
            "/api/v1|{\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"filename\":\"a.pdf\",\"file\":\"https://example.com/a.pdf\",\"type\":{}}|type",
            "/api/v1|{\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"filename\":\"a.pdf\",\"file\":\"https://example.com/a.pdf\",\"type\":\"pdf\"}|type",
            "/api|{\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"file\":\"https://example.com/a.pdf\"}|filename"})
    void messageAttachmentsCarryWhatThePagesRequire(String prefix, String attachment, String field) {
        for (String body : new String[] {
                "{\"conversation\":\"" + conversation + "\",\"content\":\"hi\",\"attachments\":[" + attachment + "]}",
                "{\"message\":{\"content\":\"hi\",\"attachments\":[" + attachment + "]}}"}) {
            String path = body.startsWith("{\"conversation\"") ? "/messages/" : "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions/";
            HttpResponse<String> answer = post(prefix, path, body);
            assertEquals(400, answer.statusCode(), answer::body);
            JsonObject itemErrors = json(answer).getJsonArray("attachments").getJsonObject(0);
            assertTrue(itemErrors.containsKey(field), path + ": " + answer.body());
        }
    }

    @Test
    void theApiPageTakesAnEmptyTypeAndNoTextWhereV1RequiresBoth() {
        String attachment = "{\"id\":\"" + ATTACHMENT_ID + "\",\"filename\":\"a.pdf\",\"file\":\"https://example.com/a.pdf\",\"type\":{}}";
        String onlyAFile = "{\"conversation\":\"" + conversation + "\",\"attachments\":[" + attachment + "]}";
        assertEquals(201, post("/api", "/messages/", onlyAFile).statusCode());
        assertFieldError(post("/api/v1", "/messages/", onlyAFile.replace("{}", "\"other\"")), "content");
    }

    @Test
    void aCanvasNeedsAllItsMembers() {
        HttpResponse<String> answer = post("/api/v1", "/messages/", "{\"conversation\":\"" + conversation
                + "\",\"content\":\"see the diagram\",\"canvas\":{\"name\":\"d\",\"title\":\"T\"}}");
        assertEquals(400, answer.statusCode(), answer::body);
        JsonObject canvas = json(answer).getJsonObject("canvas");
        assertTrue(canvas.containsKey("canvasType") && canvas.containsKey("content"), answer.body());

        JsonObject created = simulator.postJson("/messages/", "{\"conversation\":\"" + conversation + "\",\"content\":\"see\","
                + "\"canvas\":{\"name\":\"d\",\"canvasType\":\"markdown\",\"title\":\"T\",\"content\":\"# x\"},"
                + "\"contentPayload\":{\"k\":1},\"queryMetadata\":{\"q\":2}}", 201);
        assertEquals("markdown", created.getJsonObject("canvas").getString("canvasType"));
        assertEquals(1, created.getJsonObject("contentPayload").getInt("k"));
        assertEquals(2, created.getJsonObject("queryMetadata").getInt("q"));
        assertFieldError(post("/api/v1", "/messages/", "{\"conversation\":\"" + conversation + "\",\"content\":\"x\",\"contentPayload\":\"text\"}"),
                "contentPayload");
    }

    @Test
    void thePresignedUploadNamesTheObjectFromTheQueryString() {
        String key = json(send(SimulatorClient.json(simulator.api("/upload-presigned-url/?filename=q.pdf&modelName=attachment&fieldName=file"),
                "{\"fileSize\":10,\"filename\":\"body.pdf\"}"))).getJsonObject("fields").getString("key");
        assertTrue(key.endsWith("/q.pdf"), key);
        assertFieldError(send(SimulatorClient.json(simulator.api("/upload-presigned-url/?filename=q.pdf"), "{}")), "fileSize");
    }

    @ParameterizedTest
    @CsvSource({"startDate=2025-01-01, endDate", "endDate=2025-01-31, startDate", "startDate=2025-1-1&endDate=2025-01-31, startDate"})
    void recordsNeedTheirDateRange(String query, String field) {
        assertFieldError(send(simulator.api("/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records/?" + query)), field);
        assertFieldError(send(simulator.api("/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records/export-excel/?" + query)), field);
    }

    @Test
    void conversationsAreListedOnlyPerInboxAndCreatedOnlyForAWebChat() {
        assertFieldError(send(simulator.api("/conversations/")), "inbox");
        assertFieldError(send(SimulatorClient.json(simulator.api("/conversations/"), "{}")), "webChat");
        assertFieldError(send(SimulatorClient.json(simulator.api("/conversations/"), "{\"webChat\":\"x\"}")), "webChat");
    }

    @Test
    void anUnsupportedBodyTypeIs415() {
        HttpRequest.Builder form = simulator.api("/conversations/").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("webChat=x"));
        assertEquals(415, send(form).statusCode());
    }
}
