package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator as on the dev server: MaiAgent's key check, under both path prefixes. */
class SimulatorGateIT extends CallingTheGateway {

    @ParameterizedTest
    @ValueSource(strings = {"/api/allowed-file-specs/", "/api/v1/allowed-file-specs/"})
    void answersTheDocumentedShapeUnderBothPrefixes(String path) {
        HttpResponse<String> response = send(com.maiagentgateway.it.Http.request(new SimulatorClient(gateway).uri(path))
                .header("Authorization", "Api-Key " + DevUsers.maiAgentApiKey()));

        assertEquals(200, response.statusCode(), response::body);
        JsonObject specs = json(response);
        assertEquals(20971520, specs.getJsonObject("attachment").getJsonArray("file").getJsonObject(0).getInt("max_size"));
        assertTrue(specs.containsKey("web_chat"));
    }

    @Test
    void missingKeyIs401WithMaiAgentsDetail() {
        HttpResponse<String> response = send(com.maiagentgateway.it.Http.request(new SimulatorClient(gateway).uri("/api/v1/allowed-file-specs/")));

        assertEquals(401, response.statusCode());
        assertEquals(SimulatorGate.MISSING, json(response).getString("detail"));
    }

    @Test
    void wrongKeyIs401() {
        HttpResponse<String> response = send(com.maiagentgateway.it.Http.request(new SimulatorClient(gateway).uri("/api/v1/allowed-file-specs/"))
                .header("Authorization", "Api-Key " + DevUsers.maiAgentApiKey() + "x"));

        assertEquals(401, response.statusCode());
        assertEquals(SimulatorGate.INVALID, json(response).getString("detail"));
    }

    @Test
    void bearerInsteadOfApiKeyIs401() {
        HttpResponse<String> response = send(com.maiagentgateway.it.Http.request(new SimulatorClient(gateway).uri("/api/v1/allowed-file-specs/"))
                .header("Authorization", "Bearer " + DevUsers.maiAgentApiKey()));

        assertEquals(401, response.statusCode());
    }

    /** A stranger's fault switch is ignored: the key is checked before any fault is played. */
    @Test
    void aFaultSwitchWithoutTheKeyIsIgnored() {
        long start = System.nanoTime();
        HttpResponse<String> response = send(com.maiagentgateway.it.Http.request(new SimulatorClient(gateway).uri("/api/v1/allowed-file-specs/"))
                .header("X-Simulator-Fault", "latency=5000"));
        assertEquals(401, response.statusCode());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3000, "answered without the latency");
    }

    /** A stored file is a download, never a page: an uploaded HTML file must not run in this origin. */
    @Test
    void storedFilesAreServedAsDownloads() {
        HttpResponse<String> file = send(com.maiagentgateway.it.Http.request(new SimulatorClient(gateway).uri("/storage/objects/media/seed/screenshot.png")));
        assertEquals(200, file.statusCode());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    }
}
