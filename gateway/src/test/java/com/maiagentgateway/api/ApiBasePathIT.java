package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.GatewayWar;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A gateway configured with MaiAgent's other base path, {@code /api}, whose pages spell some members differently
 * from {@code /api/v1}'s (the streaming flag, the members a message requires; the simulator holds each path to its
 * pages): every MaiAgent endpoint the gateway calls, once, through the gateway's API. The rest of the suites run
 * against {@code /api/v1}: what differs between the paths is only what reaches MaiAgent, and that is here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBasePathIT {

    @Deployment(testable = false)
    static WebArchive gatewayOnTheApiPath() {
        return GatewayWar.withConfig(GatewayWar.named("api-path"), "maiagent.base-url", GatewayWar.simulatorBaseUrl("api"));
    }

    @ArquillianResource
    URL gateway;

    private HttpRequest.Builder api(String path) {
        return as(request(gateway, "/api/v1" + path), DevUsers.CLIENT);
    }

    private HttpRequest.Builder post(String path, String body) {
        return api(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void conversationsAndMessages() {
        HttpResponse<String> created = send(post("/conversations", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"));
        assertEquals(201, created.statusCode(), created::body);
        String id = json(created).getString("id");
        assertEquals(id, json(send(api("/conversations/" + id))).getString("id"));
        assertFalse(json(send(api("/conversations?inbox=" + SimulatorClient.WEB_INBOX + "&pageSize=5"))).getJsonArray("items").isEmpty());
        HttpResponse<String> sent = send(post("/conversations/" + id + "/messages", "{\"content\":\"On the /api path\"}"));
        assertEquals(201, sent.statusCode(), sent::body);
        assertTrue(json(send(api("/conversations/" + id + "/messages"))).getJsonArray("items").stream()
                .anyMatch(m -> m.asJsonObject().getString("content", "").equals("On the /api path")));
        String seeded = SimulatorClient.seeded("conversation-1");
        String message = json(send(api("/conversations/" + seeded + "/messages?pageSize=1"))).getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(message, json(send(api("/conversations/" + seeded + "/messages/" + message))).getString("id"));
        assertEquals(200, send(api("/conversations/" + seeded + "/attachments")).statusCode());
    }

    @Test
    void completionsWholeAndStreamed() throws Exception {
        String path = "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions";
        JsonObject whole = json(send(post(path, "{\"message\":{\"content\":\"How do I reset my password?\"}}")));
        assertFalse(whole.getString("content").isEmpty(), whole::toString);

        List<EventStream.Event> events = new ArrayList<>();
        try (EventStream stream = EventStream.open(post(path, "{\"message\":{\"content\":\"Hi\"}}").header("Accept", "text/event-stream"))) {
            for (EventStream.Event e; (e = stream.next(Duration.ofSeconds(30))) != null; ) {
                events.add(e);
                if (!e.name().equals("delta")) {
                    break;
                }
            }
        }
        // The /api page's spelling of the flag (isStreaming) reached MaiAgent: the reply came piece by piece.
        assertTrue(events.stream().filter(e -> e.name().equals("delta")).count() > 1, events::toString);
        assertEquals("done", events.get(events.size() - 1).name(), events::toString);
    }

    @Test
    void recordsAndTheirExport() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String query = "?startDate=" + LocalDate.now(ZoneOffset.UTC).minusDays(30) + "&endDate=" + today;
        String records = "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records";
        assertTrue(json(send(api(records + query))).getInt("count") > 0);
        HttpResponse<InputStream> export = Http.sendForStream(api(records + "/export" + query));
        assertEquals(200, export.statusCode());
        try (InputStream body = export.body()) {
            byte[] head = body.readNBytes(2);
            assertEquals("PK", new String(head, StandardCharsets.US_ASCII), "a workbook (a zip)");
        }
    }

    @Test
    void attachmentsAndTheirSpecs() {
        assertFalse(json(send(api("/attachments/specs"))).getJsonArray("items").isEmpty());
        HttpResponse<String> uploaded = send(new Multipart().file("file", "notes.pdf", "application/pdf", AttachmentsApiIT.PDF).post(api("/attachments")));
        assertEquals(201, uploaded.statusCode(), uploaded::body);
        assertEquals("notes.pdf", json(uploaded).getString("filename"));
    }
}
