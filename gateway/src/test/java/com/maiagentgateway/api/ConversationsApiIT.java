package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The conversations API other applications call, over HTTP, against the simulator. */
class ConversationsApiIT extends CallingTheGateway {

    static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    static final String ATTACHMENT = "550e8400-e29b-41d4-a716-446655440000";

    private HttpRequest.Builder api(String path) {
        return as(request(gateway, "/api/v1" + path), DevUsers.CLIENT);
    }

    private static HttpRequest.Builder post(HttpRequest.Builder request, String json) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private void arm(String endpoint, String fault, int times) {
        HttpResponse<String> armed = send(SimulatorClient.json(new SimulatorClient(gateway).at("/control/faults/"),
                "{\"endpoint\":\"" + endpoint + "\",\"fault\":\"" + fault + "\",\"times\":" + times + "}"));
        assertEquals(201, armed.statusCode(), armed::body);
    }

    @AfterEach
    void disarm() {
        send(new SimulatorClient(gateway).at("/control/faults/").DELETE());
    }

    private JsonObject latestAudit(String action) {
        HttpResponse<String> audit = send(as(request(gateway, "/api/v1/audit?pageSize=1&action=" + action), DevUsers.ADMIN));
        return json(audit).getJsonArray("items").getJsonObject(0);
    }

    @Test
    void pagesWithOpaqueCursors() {
        JsonObject first = json(send(api("/conversations?pageSize=5&inbox=" + SimulatorClient.WEB_INBOX)));
        assertEquals(5, first.getJsonArray("items").size());
        String next = first.getString("nextCursor");
        assertFalse(next.contains("http") || next.contains("/") || next.contains("cursor="), next);
        assertEquals(JsonValue.NULL, first.getOrDefault("previousCursor", JsonValue.NULL));
        JsonObject second = json(send(api("/conversations?pageSize=5&inbox=" + SimulatorClient.WEB_INBOX + "&cursor=" + next)));
        Set<String> ids = new HashSet<>();
        first.getJsonArray("items").forEach(c -> ids.add(c.asJsonObject().getString("id")));
        second.getJsonArray("items").forEach(c -> assertTrue(ids.add(c.asJsonObject().getString("id"))));
        JsonObject c = first.getJsonArray("items").getJsonObject(0);
        assertTrue(c.getString("createdAt").matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), "ISO-8601: " + c.getString("createdAt"));
        assertEquals("web", c.getJsonObject("inbox").getString("channelType"));
    }

    @Test
    void badListInput() {
        assertProblem(send(api("/conversations")), 400, "invalid-input");
        assertProblem(send(api("/conversations?inbox=not-a-uuid")), 400, "invalid-input");
        assertProblem(send(api("/conversations?pageSize=0&inbox=" + SimulatorClient.WEB_INBOX)), 400, "invalid-input");
        assertProblem(send(api("/conversations?cursor=bm9wZQ&inbox=" + SimulatorClient.WEB_INBOX)), 400, "invalid-input");
    }

    @Test
    void oneConversationAndItsThread() {
        String id = SimulatorClient.seeded("conversation-3");
        JsonObject conversation = json(send(api("/conversations/" + id)));
        assertEquals(id, conversation.getString("id"));
        JsonObject thread = json(send(api("/conversations/" + id + "/messages?pageSize=50")));
        JsonObject message = thread.getJsonArray("items").getJsonObject(0);
        assertEquals(thread.getInt("count"), thread.getJsonArray("items").size());
        assertEquals(message, json(send(api("/conversations/" + id + "/messages/" + message.getString("id")))));
        assertProblem(send(api("/conversations/" + SimulatorClient.seeded("conversation-4") + "/messages/" + message.getString("id"))), 404, "not-found");
        assertProblem(send(api("/conversations/" + UNKNOWN)), 404, "not-found");
        assertProblem(send(api("/conversations/not-a-uuid")), 400, "invalid-input");
    }

    @Test
    void repliesShowTheDocumentsAndPassagesTheyDrewOn() {
        JsonObject cited = null;
        for (int n = 0; n < 6 && cited == null; n++) {
            for (JsonValue m : json(send(api("/conversations/" + SimulatorClient.seeded("conversation-" + n) + "/messages?pageSize=100"))).getJsonArray("items")) {
                if (!m.asJsonObject().getJsonArray("citationNodes").isEmpty()) {
                    cited = m.asJsonObject();
                    break;
                }
            }
        }
        assertTrue(cited != null, "the seeded threads have cited replies");
        JsonObject passage = cited.getJsonArray("citationNodes").getJsonObject(0);
        assertFalse(passage.getString("text").isBlank());
        assertTrue(passage.getJsonNumber("score").doubleValue() > 0);
        assertTrue(passage.getInt("displayScore") > 0);
        JsonObject document = cited.getJsonArray("citations").getJsonObject(0);
        assertFalse(document.getJsonObject("knowledgeBase").getString("name").isBlank());
        assertFalse(document.getJsonArray("labels").isEmpty());
    }

    @Test
    void createAndSendAreAudited() {
        HttpResponse<String> created = send(post(api("/conversations"), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"));
        assertEquals(201, created.statusCode(), created::body);
        String id = json(created).getString("id");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/conversations/" + id));
        JsonObject audit = latestAudit("conversation.create");
        assertEquals(DevUsers.CLIENT.user(), audit.getString("actor"));
        assertEquals("conversation " + id, audit.getString("target"));
        assertEquals("SUCCESS", audit.getString("outcome"));

        HttpResponse<String> sent = send(post(api("/conversations/" + id + "/messages"),
                "{\"content\":\"請問營業時間？ 😀\",\"attachments\":[{\"id\":\"" + ATTACHMENT + "\",\"type\":\"image\",\"filename\":\"a.png\",\"file\":\"https://example.com/a.png\"}]}"));
        assertEquals(201, sent.statusCode(), sent::body);
        assertEquals("請問營業時間？ 😀", json(sent).getString("content"));
        assertEquals("image", json(sent).getJsonArray("attachments").getJsonObject(0).getString("type"));
        assertEquals("SUCCESS", latestAudit("message.send").getString("outcome"));
    }

    @Test
    void aMessageTakesMaiAgentsOptionalMembersAndItsExampleAttachmentType() {
        String id = json(send(post(api("/conversations"), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"))).getString("id");
        HttpResponse<String> sent = send(post(api("/conversations/" + id + "/messages"), "{\"content\":\"see the diagram\","
                + "\"attachments\":[{\"id\":\"" + ATTACHMENT + "\",\"type\":{},\"filename\":\"d.pdf\",\"file\":\"https://example.com/d.pdf\"}],"
                + "\"contentPayload\":{\"items\":[]},\"queryMetadata\":{\"source\":\"crm\"},"
                + "\"canvas\":{\"name\":\"d\",\"canvasType\":\"markdown\",\"title\":\"Diagram\",\"content\":\"# x\"}}"));
        assertEquals(201, sent.statusCode(), sent::body);
        JsonObject message = json(sent);
        assertEquals("other", message.getJsonArray("attachments").getJsonObject(0).getString("type"), "{} goes to MaiAgent as other");
        assertEquals("crm", message.getJsonObject("queryMetadata").getString("source"));
        assertEquals("Diagram", message.getJsonObject("canvas").getString("title"));
        assertTrue(message.getJsonObject("contentPayload").containsKey("items"));

        JsonObject read = json(send(api("/conversations/" + id + "/messages/" + message.getString("id"))));
        assertEquals(message.getJsonObject("canvas"), read.getJsonObject("canvas"));
    }

    @Test
    void aCreatedMessageMaiAgentAnswersWithoutAnIdIsStillCreated() {
        String id = SimulatorClient.seeded("conversation-5");
        arm("messages", "no-id", 1);
        HttpResponse<String> sent = send(post(api("/conversations/" + id + "/messages"), "{\"content\":\"no id back\"}"));
        assertEquals(201, sent.statusCode(), sent::body);
        assertEquals("no id back", json(sent).getString("content"));
        assertTrue(sent.headers().firstValue("Location").isEmpty(), "nothing to name");
    }

    @Test
    void conversationsCarryTheirAutoReplyState() {
        JsonObject conversation = json(send(api("/conversations/" + SimulatorClient.seeded("conversation-1"))));
        assertTrue(conversation.getBoolean("autoReplyEnabled"));
        assertEquals(false, conversation.getBoolean("isAutoReplyNow"));
    }

    @Test
    void badWrites() {
        assertProblem(send(post(api("/conversations"), "{}")), 400, "invalid-input");
        assertProblem(send(post(api("/conversations"), "{\"webChat\":\"x\"}")), 400, "invalid-input");
        JsonObject unknownChat = assertProblem(send(post(api("/conversations"), "{\"webChat\":\"" + UNKNOWN + "\"}")), 400, "rejected-by-maiagent");
        assertTrue(unknownChat.getString("detail").contains("webChat"), unknownChat::toString);
        String id = SimulatorClient.seeded("conversation-5");
        JsonObject blank = assertProblem(send(post(api("/conversations/" + id + "/messages"), "{\"content\":\" \"}")), 400, "invalid-input");
        assertEquals("content", blank.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(send(post(api("/conversations/" + id + "/messages"), "{\"content\":\"x\",\"attachments\":[{\"filename\":\"a\"}]}")), 400, "invalid-input");
        JsonObject noId = assertProblem(send(post(api("/conversations/" + id + "/messages"),
                "{\"content\":\"x\",\"attachments\":[{\"filename\":\"a.png\",\"file\":\"https://example.com/a.png\"}]}")), 400, "invalid-input");
        assertEquals("attachments[0].id", noId.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject script = assertProblem(send(post(api("/conversations/" + id + "/messages"), "{\"content\":\"x\",\"attachments\":[{\"id\":\""
                + ATTACHMENT + "\",\"filename\":\"a.png\",\"file\":\"javascript:alert(1)\"}]}")), 400, "invalid-input");
        assertEquals("attachments[0].file", script.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(send(post(api("/conversations/" + id + "/messages"), "{\"content\":\"x\",\"attachments\":[{\"id\":\"" + ATTACHMENT
                + "\",\"type\":{\"kind\":1},\"filename\":\"a.png\",\"file\":\"https://example.com/a.png\"}]}")), 400, "bad-request");
        JsonObject canvas = assertProblem(send(post(api("/conversations/" + id + "/messages"), "{\"content\":\"x\",\"canvas\":{\"name\":\"n\"}}")),
                400, "invalid-input");
        assertTrue(canvas.toString().contains("canvas.title"), canvas::toString);
        assertProblem(send(post(api("/conversations/" + id + "/messages"), "not json")), 400, "bad-request");
        assertProblem(send(api("/conversations/" + id + "/messages").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))), 415, "unsupported-media-type");
    }

    @Test
    void upstreamFailuresBecomeProblems() {
        arm("conversations", "status=503", 0);
        assertProblem(send(api("/conversations/" + SimulatorClient.seeded("conversation-6"))), 503, "upstream-unavailable");
        disarm();

        arm("conversations", "status=429,retry-after=60", 1);
        HttpResponse<String> throttled = send(api("/conversations/" + SimulatorClient.seeded("conversation-6")));
        assertProblem(throttled, 429, "upstream-throttled");
        assertEquals("60", throttled.headers().firstValue("Retry-After").orElse(""));

        // A busy MaiAgent's Retry-After on a write goes to the caller at once; the gateway does not sit it out.
        arm("messages", "status=429,retry-after=2", 1);
        long start = System.nanoTime();
        HttpResponse<String> busyWrite = send(post(api("/conversations/" + SimulatorClient.seeded("conversation-6") + "/messages"), "{\"content\":\"hi\"}"));
        assertProblem(busyWrite, 429, "upstream-throttled");
        assertEquals("2", busyWrite.headers().firstValue("Retry-After").orElse(""));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1500, "answered without waiting the 2 s");

        arm("messages", "status=503", 1);
        assertProblem(send(post(api("/conversations/" + SimulatorClient.seeded("conversation-6") + "/messages"), "{\"content\":\"hi\"}")),
                503, "upstream-unavailable");
        JsonObject failed = latestAudit("message.send");
        assertEquals("FAILURE", failed.getString("outcome"));
        assertTrue(failed.getString("detail").contains("503"), failed::toString);
    }

    @Test
    void anonymousIsRefused() {
        assertProblem(send(request(gateway, "/api/v1/conversations?inbox=" + SimulatorClient.WEB_INBOX)), 401, "unauthenticated");
    }
}
