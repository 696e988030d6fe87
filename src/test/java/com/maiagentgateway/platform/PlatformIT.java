package com.maiagentgateway.platform;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.root;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.GatewayWar;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations watch: health, the OpenAPI document and UI, metrics. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive gateway() {
        return GatewayWar.asBuilt();
    }

    @ArquillianResource
    URL gateway;

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
