package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.root;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation the API documents in /openapi, times every class of bad input it can be given:
 * each answer is a 4xx problem+json (OpenAI's error object on the OpenAI-compatible API) naming no Java internals, and nothing is written (the audit
 * trail, where every write leaves a line, does not grow). New operations are covered as they are documented.
 */
class BadInputMatrixIT extends CallingTheGateway {

    /** Path parameters that exist, so that the body is what is judged. */
    static final Map<String, String> VALID = Map.of(
            "id", SimulatorClient.seeded("conversation-1"),
            "chatbotId", SimulatorClient.SUPPORT_BOT,
            "messageId", "00000000-0000-4000-8000-000000000000",
            "applicationId", "1",
            "prefix", "0badc0de",
            "recipientId", "1",
            "model", "support-bot");

    /** Bodies no JSON operation takes, each with the statuses it may fairly answer. */
    static final Map<String, String> BAD_BODIES = new LinkedHashMap<>();

    static {
        BAD_BODIES.put("malformed", "{\"content\": ");
        BAD_BODIES.put("trailing garbage", "{} {}");
        BAD_BODIES.put("not an object", "[1, 2, 3]");
        BAD_BODIES.put("wrong types", "{\"webChat\": 7, \"content\": {\"a\": 1}, \"message\": \"text\", \"conversation\": [1]}");
        BAD_BODIES.put("empty", "");
        BAD_BODIES.put("deep", "[".repeat(10_000) + "]".repeat(10_000));
        BAD_BODIES.put("oversize", "{\"content\": \"" + "x".repeat(1_100_000) + "\"}");
        BAD_BODIES.put("NUL and direction override", "{\"webChat\": \"\\u0000\\u202E\", \"content\": \"\", \"message\": {\"content\": \"\"}}");
    }

    record Operation(String method, String path, boolean json, boolean multipart) {
        String concrete(Map<String, String> values) {
            String result = path;
            for (var value : values.entrySet()) {
                result = result.replace("{" + value.getKey() + "}", value.getValue());
            }
            return result;
        }
    }

    private List<Operation> operations() {
        JsonObject paths = json(send(request(root(gateway).resolve("openapi")).header("Accept", "application/json"))).getJsonObject("paths");
        List<Operation> found = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
            JsonObject content = body == null ? null : body.getJsonObject("content");
            found.add(new Operation(method.toUpperCase(), path, content != null && content.containsKey("application/json"),
                    content != null && content.containsKey("multipart/form-data")));
        }));
        return found;
    }

    private long auditSize() {
        return json(send(as(request(gateway, "/api/v1/audit?pageSize=1"), DevUsers.ADMIN))).getJsonNumber("count").longValue();
    }

    private HttpResponse<String> call(Operation operation, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = as(request(gateway, path), DevUsers.ADMIN);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(operation.method(), body));
    }

    /** A 4xx naming no Java internals: a problem, or on the OpenAI-compatible API (/openai/) OpenAI's error object. */
    private static void assertRefused(HttpResponse<String> answer, String what) {
        assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, () -> what + ": " + answer.statusCode() + " " + answer.body());
        if (answer.uri().getPath().contains("/openai/")) {
            assertTrue(Http.contentType(answer).startsWith("application/json"), () -> what + ": " + Http.contentType(answer) + " " + answer.body());
            JsonObject error = json(answer).getJsonObject("error");
            assertTrue(error != null && !error.getString("message", "").isBlank() && error.containsKey("type"), () -> what + ": " + answer.body());
        } else {
            assertTrue(Http.contentType(answer).startsWith("application/problem+json"),
                    () -> what + ": " + answer.statusCode() + " " + Http.contentType(answer) + " " + answer.body());
        }
        assertNoStackTrace(answer.body());
        assertTrue(!answer.body().matches("(?s).*\\b(java|jakarta|org\\.eclipse|org\\.jboss|com\\.ibm)\\.[a-z]+\\..*"), () -> what + ": " + answer.body());
    }

    @Test
    void everyDocumentedOperationRefusesEveryClassOfBadInputAndWritesNothing() {
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 14, "operations documented: " + operations.size());
        long auditBefore = auditSize();
        int tried = 0;
        for (Operation operation : operations) {
            // Ids that cannot be ids, in every path parameter.
            if (operation.path().contains("{")) {
                // (Encoded control characters in a path never reach the gateway: Liberty answers 400 itself.)
                for (String invalid : List.of("not-a-uuid", "00000000-0000-4000-8000-00000000000G", "%E2%80%AE" + "x".repeat(40), "x".repeat(2000))) {
                    Map<String, String> values = new LinkedHashMap<>();
                    VALID.keySet().forEach(name -> values.put(name, invalid));
                    String what = operation.method() + " " + operation.path() + " with id " + invalid;
                    HttpRequest.BodyPublisher body = operation.json() ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
                    assertRefused(call(operation, operation.concrete(values), operation.json() ? "application/json" : null, body), what);
                    tried++;
                }
            }
            String path = operation.concrete(VALID);
            if (operation.json()) {
                for (var bad : BAD_BODIES.entrySet()) {
                    assertRefused(call(operation, path, "application/json", HttpRequest.BodyPublishers.ofString(bad.getValue())),
                            operation.method() + " " + operation.path() + " with a body " + bad.getKey());
                    tried++;
                }
                assertRefused(call(operation, path, "application/json", HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'})),
                        operation.method() + " " + operation.path() + " with invalid UTF-8");
                assertRefused(call(operation, path, "text/plain", HttpRequest.BodyPublishers.ofString("{}")),
                        operation.method() + " " + operation.path() + " as text/plain");
                tried += 2;
            }
            if (operation.multipart()) {
                assertRefused(call(operation, path, "application/json", HttpRequest.BodyPublishers.ofString("{}")),
                        operation.method() + " " + operation.path() + " as JSON");
                assertRefused(call(operation, path, "multipart/form-data; boundary=x", HttpRequest.BodyPublishers.ofString("--x\r\n\r\n--x--\r\n")),
                        operation.method() + " " + operation.path() + " without its file part");
                tried += 2;
            }
        }
        assertEquals(auditBefore, auditSize(), "nothing was written");
        System.out.println("BadInputMatrixIT: " + tried + " bad requests to " + operations.size() + " operations, " + tried + " refused as problems");
    }

    /** Numbers past what a field holds are refused naming the field, never wrapped, rounded or stored. */
    @Test
    void quotaNumbersAtTheirEdgesAreRefusedNamingTheField() {
        long auditBefore = auditSize();
        int listedBefore = applications();
        Map<String, String> edges = new LinkedHashMap<>();
        edges.put("\"requestsPerMinute\": 4294967301", "quotas.requestsPerMinute must be at most 1000000");  // 2^32 + 5, was stored as 5
        edges.put("\"requestsPerMinute\": 2147483648", "quotas.requestsPerMinute must be at most 1000000");  // 2^31, was "must be 1 or more"
        edges.put("\"completionsPerDay\": 4294967299", "quotas.completionsPerDay must be at most 100000000"); // 2^32 + 3, was 3
        edges.put("\"uploadBytesPerDay\": 18446744073709551716", "quotas.uploadBytesPerDay must be at most 1099511627776 (1 TiB)"); // 2^64 + 100
        edges.put("\"requestsPerMinute\": 1.9", "quotas.requestsPerMinute must be a whole number");           // was 1
        edges.put("\"completionsPerDay\": 1e400", "quotas.completionsPerDay must be at most 100000000");
        for (var edge : edges.entrySet()) {
            String body = "{\"name\":\"edge-" + Math.abs(edge.getKey().hashCode()) + "\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\","
                    + "\"operations\":[\"read\"],\"quotas\":{" + edge.getKey() + "}}";
            HttpResponse<String> answer = send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(400, answer.statusCode(), () -> edge.getKey() + ": " + answer.body());
            JsonObject error = json(answer).getJsonArray("errors").getJsonObject(0);
            assertEquals(edge.getValue(), error.getString("field") + " " + error.getString("message"), edge.getKey());
        }
        assertEquals(listedBefore, applications(), "no application was stored");
        assertEquals(auditBefore, auditSize(), "nothing was written");
    }

    /** Text members take text only, and text as sent: no number or boolean turned into text, nothing a database would change. */
    @Test
    void textIsTakenOnlyAsTextAndOnlyAsSent() {
        long auditBefore = auditSize();
        int listedBefore = applications();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"name\":123,\"owner\":\"Ops\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"]}", "name must be a string");
        refused.put("{\"name\":\"typed\",\"owner\":\"Ops\",\"contact\":true,\"operations\":[\"read\"]}", "contact must be a string");
        refused.put("{\"name\":\"typed\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\",\"operations\":\"read\"}", "operations must be an array");
        refused.put("{\"name\":\"typed\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"],\"quotas\":{\"requestsPerMinute\":\"5\"}}",
                "quotas.requestsPerMinute must be a number");
        for (var body : refused.entrySet()) {
            HttpResponse<String> answer = send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.getKey())));
            assertEquals(400, answer.statusCode(), () -> body.getKey() + ": " + answer.body());
            JsonObject problem = json(answer);
            assertEquals("urn:maiagent-gateway:problem:invalid-input", problem.getString("type"), answer::body);
            JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
            assertEquals(body.getValue(), error.getString("field") + " " + error.getString("message"), body.getKey());
        }
        Map<String, String> unstorable = new LinkedHashMap<>();
        unstorable.put("{\"name\":\"nul\",\"owner\":\"O\\u0000ps\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"]}", "NUL");
        unstorable.put("{\"name\":\"half \\ud83d\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"]}", "lone surrogate");
        for (var body : unstorable.entrySet()) {
            HttpResponse<String> answer = send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.getKey())));
            assertEquals(400, answer.statusCode(), () -> body.getKey() + ": " + answer.body());
            assertTrue(json(answer).getString("detail").contains(body.getValue()), answer::body);
        }
        HttpResponse<String> message = send(as(request(gateway, "/api/v1/conversations/" + VALID.get("id") + "/messages"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"content\":5}")));
        assertEquals(400, message.statusCode(), message::body);
        assertEquals("content must be a string", json(message).getJsonArray("errors").getJsonObject(0).getString("field") + " "
                + json(message).getJsonArray("errors").getJsonObject(0).getString("message"));

        HttpResponse<String> delivery = send(request(gateway, "/webhooks/maiagent?secret=" + DevUsers.webhookSecret())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"conversation\":\"../../x\",\"content\":\"sneaky\"}")));
        assertEquals(400, delivery.statusCode(), delivery::body);
        assertTrue(json(delivery).getString("detail").contains("conversation must be a UUID"), delivery::body);

        assertEquals(listedBefore, applications(), "no application was stored");
        assertEquals(auditBefore, auditSize(), "nothing was written");
    }

    private int applications() {
        return jakarta.json.Json.createReader(new java.io.StringReader(send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)).body()))
                .readArray().size();
    }
}
