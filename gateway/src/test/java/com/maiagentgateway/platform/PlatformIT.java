package com.maiagentgateway.platform;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.root;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What operations watch: health, the OpenAPI document and UI, metrics. */
class PlatformIT extends CallingTheGateway {

    @Test
    void readyWhenMaiAgentAnswersAndTheDatabaseIsThere() {
        HttpResponse<String> response = send(request(root(gateway).resolve("health/ready")));

        assertEquals(200, response.statusCode(), response::body);
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        Map<String, String> checks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertEquals(Map.of("maiagent", "UP", "database", "UP"), checks);
    }

    @Test
    void live() {
        HttpResponse<String> response = send(request(root(gateway).resolve("health/live")));

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("UP", json(response).getString("status"));
    }

    @Test
    void openApiDocumentsTheGatewayAndNotTheSimulator() {
        HttpResponse<String> response = send(request(root(gateway).resolve("openapi")).header("Accept", "application/json"));

        assertEquals(200, response.statusCode());
        JsonObject paths = json(response).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/me"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/v1/audit"), paths.keySet()::toString);
        assertFalse(paths.keySet().stream().anyMatch(p -> p.contains("simulator") || p.contains("allowed-file-specs")),
                paths.keySet()::toString);
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        JsonObject document = json(send(request(root(gateway).resolve("openapi")).header("Accept", "application/json")));
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        int operations = 0;
        for (String path : paths.keySet()) {
            for (var method : paths.getJsonObject(path).entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations++;
                JsonObject responses = method.getValue().asJsonObject().getJsonObject("responses");
                String where = method.getKey() + " " + path + " " + responses.keySet();
                if (path.startsWith("/openai/")) {
                    // The OpenAI-compatible API answers OpenAI's error object, not problems (META-INF/openapi.yaml).
                    assertTrue(responses.getJsonObject("401").getString("$ref").endsWith("/OpenAiError"), where);
                    assertTrue(responses.containsKey("200"), where);
                    continue;
                }
                for (String status : List.of("401", "403", "500")) {
                    assertTrue(responses.containsKey(status), where);
                    assertTrue(responses.getJsonObject(status).getJsonObject("content").containsKey("application/problem+json"), where);
                }
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), where + " has no success answer");
                if (path.contains("{")) {
                    assertTrue(responses.containsKey("400") && responses.containsKey("404"), where);
                }
                // The admin API answers from the gateway's own database, but for settings that name chatbots (MaiAgent is
                // asked whether it knows them): only those of its operations can meet MaiAgent's failures.
                boolean settingsNamingChatbots = path.equals("/api/v1/admin/applications") && method.getKey().equals("post")
                        || path.equals("/api/v1/admin/applications/{applicationId}") && method.getKey().equals("put");
                boolean answeredByTheGateway = path.endsWith("/me") || path.endsWith("/audit") || path.endsWith("/replies")
                        || path.startsWith("/api/v1/admin/") && !settingsNamingChatbots;
                boolean callsMaiAgent = !answeredByTheGateway;
                assertFalse(method.getValue().asJsonObject().containsKey("x-answered-by-the-gateway"), where + ": the mark is not published");
                assertEquals(callsMaiAgent, responses.containsKey("502") && responses.containsKey("503") && responses.containsKey("504"), where);
                if (callsMaiAgent) {
                    assertTrue(responses.getJsonObject("429").getJsonObject("headers").containsKey("Retry-After"), where);
                }
            }
        }
        assertTrue(operations >= 14, "only " + operations + " operations documented");
        JsonObject upload = paths.getJsonObject("/api/v1/conversations/{id}/attachments").getJsonObject("post").getJsonObject("responses");
        assertTrue(upload.containsKey("413") && upload.containsKey("415"), upload.keySet()::toString);
    }

    @Test
    void openApiUiIsServed() {
        URI ui = root(gateway).resolve("openapi/ui/");
        assertEquals(200, send(request(ui)).statusCode());
    }

    @Test
    void metricsAreServed() {
        HttpResponse<String> response = send(request(root(gateway).resolve("metrics")));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("jvm_uptime") || response.body().contains("base_"), "metrics body");
    }
}
