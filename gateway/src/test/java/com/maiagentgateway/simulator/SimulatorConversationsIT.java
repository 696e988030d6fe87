package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.SimulatorClient.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conversations and messages as MaiAgent serves them: shapes, cursor pages, filters, errors. */
class SimulatorConversationsIT extends CallingTheGateway {

    SimulatorClient simulator;

    @BeforeEach
    void client() {
        simulator = new SimulatorClient(gateway);
    }

    @Test
    void cursorPagesWalkTheWholeInboxOnceEachWayWithoutCount() {
        JsonObject page = simulator.getJson("/conversations/?inbox=" + SimulatorClient.WEB_INBOX + "&pageSize=25");
        assertFalse(page.containsKey("count"), "conversation pages carry no count");
        assertEquals(JsonValue.NULL, page.get("previous"));
        List<String> ids = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            results(page).forEach(c -> ids.add(c.asJsonObject().getString("id")));
            if (page.isNull("next")) {
                break;
            }
            String next = page.getString("next");
            assertTrue(next.contains("cursor="), next);
            page = simulator.follow(next);
        }
        assertTrue(pages > 3, "a few hundred seeded conversations over several pages");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no conversation twice");
        // and back: previous of the last page leads to the one before it
        JsonObject previous = simulator.follow(page.getString("previous"));
        assertEquals(25, results(previous).size());
    }

    @Test
    void conversationHasTheDocumentedShape() {
        JsonObject c = results(simulator.getJson("/conversations/?inbox=" + SimulatorClient.WEB_INBOX)).getJsonObject(0);
        for (String key : List.of("id", "contact", "inbox", "title", "lastMessage", "lastMessageCreatedAt",
                "unreadMessagesCount", "autoReplyEnabled", "isAutoReplyNow", "lastReadAt", "createdAt", "isGroupChat", "llm")) {
            assertTrue(c.containsKey(key), key);
        }
        assertEquals("web", c.getJsonObject("inbox").getString("channelType"));
        assertTrue(c.getString("createdAt").matches("\\d{13}"), "epoch milliseconds as a string");
        assertEquals(c, simulator.getJson("/conversations/" + c.getString("id") + "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"経費", "退貨", "reset", "🎉"})
    void keywordFindsOnlyConversationsThatMentionIt(String keyword) {
        String inbox = SimulatorClient.WEB_INBOX;
        JsonObject page = simulator.getJson("/conversations/?pageSize=100&inbox=" + inbox + "&keyword="
                + URLEncoder.encode(keyword, StandardCharsets.UTF_8));
        assertFalse(results(page).isEmpty(), "the seed data mentions " + keyword);
        for (JsonValue c : results(page)) {
            String id = c.asJsonObject().getString("id");
            String thread = simulator.getJson("/messages/?pageSize=100&conversation=" + id).toString();
            assertTrue(c.toString().contains(keyword) || thread.contains(keyword), keyword + " in " + id);
        }
    }

    @Test
    void createInAWebChatAndFindItFirst() {
        JsonObject created = simulator.postJson("/conversations/", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}", 201);

        assertNotNull(created.getString("id"));
        assertEquals(SimulatorClient.WEB_INBOX, created.getJsonObject("inbox").getString("id"));
        assertEquals(JsonValue.NULL, created.get("lastMessage"));
        JsonObject first = results(simulator.getJson("/conversations/?inbox=" + SimulatorClient.WEB_INBOX)).getJsonObject(0);
        assertEquals(created.getString("id"), first.getString("id"));
    }

    @Test
    void invalidInputGetsFieldErrors() {
        assertFieldError(send(SimulatorClient.json(simulator.api("/conversations/"), "{}")), 400, "webChat");
        assertFieldError(send(SimulatorClient.json(simulator.api("/conversations/"), "{\"webChat\":\"not-a-uuid\"}")), 400, "webChat");
        assertFieldError(send(SimulatorClient.json(simulator.api("/conversations/"), "{\"webChat\":\"" + SimulatorClient.WEB_INBOX + "\"}")), 400, "webChat");
        assertFieldError(send(simulator.api("/conversations/")), 400, "inbox");
        assertEquals(404, send(simulator.api("/conversations/00000000-0000-4000-8000-000000000000/")).statusCode());
        assertEquals(404, send(simulator.api("/conversations/?inbox=" + SimulatorClient.WEB_INBOX + "&cursor=bm9wZQ")).statusCode());
        HttpResponse<String> notJson = send(simulator.api("/conversations/").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(415, notJson.statusCode());
    }

    @Test
    void bothPrefixesAndWithoutTheTrailingSlash() {
        String query = "/conversations/?inbox=" + SimulatorClient.WEB_INBOX + "&pageSize=3";
        JsonObject v1 = simulator.getJson(query);
        JsonObject plain = json(send(SimulatorClient.keyed(Http.request(simulator.uri("/api" + query)))));
        JsonObject noSlash = simulator.getJson(query.replace("/?", "?"));
        assertEquals(results(v1), results(plain));
        assertEquals(results(v1), results(noSlash));
    }

    @Test
    void messagePagesCarryACountAndEveryWireVariantOccurs() {
        Set<String> feedbackKinds = new HashSet<>();
        Set<String> senderIdKinds = new HashSet<>();
        Set<String> attachmentTypeKinds = new HashSet<>();
        boolean freeTextTimestamp = false;
        boolean citations = false;
        for (String inbox : List.of(SimulatorClient.WEB_INBOX, SimulatorClient.LINE_INBOX)) {
            for (JsonValue c : results(simulator.getJson("/conversations/?pageSize=100&inbox=" + inbox))) {
                JsonObject thread = simulator.getJson("/messages/?pageSize=100&conversation=" + c.asJsonObject().getString("id"));
                assertEquals(results(thread).size(), thread.getInt("count"));
                for (JsonValue item : results(thread)) {
                    JsonObject m = item.asJsonObject();
                    feedbackKinds.add(m.get("feedback").getValueType().name());
                    senderIdKinds.add(m.getJsonObject("sender").get("id").getValueType().name());
                    m.getJsonArray("attachments").forEach(a -> attachmentTypeKinds.add(a.asJsonObject().get("type").getValueType().name()));
                    freeTextTimestamp |= !m.getString("createdAt").matches("\\d{13}");
                    citations |= !m.getJsonArray("citations").isEmpty();
                }
            }
        }
        assertEquals(Set.of("NULL", "STRING", "OBJECT"), feedbackKinds);
        assertEquals(Set.of("STRING", "NUMBER"), senderIdKinds);
        assertEquals(Set.of("STRING", "OBJECT"), attachmentTypeKinds);
        assertTrue(freeTextTimestamp, "some createdAt is free text");
        assertTrue(citations, "some reply cites a document");
    }

    @Test
    void botSenderIdsBeyond64BitsGoOutAsBareNumbers() {
        String conversation = SimulatorClient.seeded("conversation-0");
        String raw = send(simulator.api("/messages/?pageSize=100&conversation=" + conversation)).body()
                + send(simulator.api("/messages/?pageSize=100&conversation=" + SimulatorClient.seeded("conversation-1"))).body()
                + send(simulator.api("/messages/?pageSize=100&conversation=" + SimulatorClient.seeded("conversation-2"))).body();
        assertTrue(raw.contains("\"id\":324816370485542537671391323877394598747") || raw.contains("\"id\":2.992461161002561E+38"), raw);
    }

    @Test
    void messageCreateGetAndErrors() {
        String conversation = simulator.postJson("/conversations/", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}", 201).getString("id");
        JsonObject message = simulator.postJson("/messages/", "{\"conversation\":\"" + conversation
                + "\",\"content\":\"<script>alert(1)</script> 日本語 😀\"}", 201);

        assertEquals("incoming", message.getString("type"));
        assertEquals("<script>alert(1)</script> 日本語 😀", message.getString("content"));
        assertEquals(message, simulator.getJson("/messages/" + message.getString("id") + "/?conversation=" + conversation));
        assertFieldError(send(SimulatorClient.json(simulator.api("/messages/"), "{\"content\":\"x\"}")), 400, "conversation");
        assertFieldError(send(simulator.api("/messages/")), 400, "conversation");
        assertEquals(404, send(simulator.api("/messages/00000000-0000-4000-8000-000000000000/?conversation=" + conversation)).statusCode());
    }

    private static void assertFieldError(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(json(response).containsKey(field), response::body);
    }
}
