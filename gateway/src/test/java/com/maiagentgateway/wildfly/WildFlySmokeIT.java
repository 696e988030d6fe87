package com.maiagentgateway.wildfly;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.basic;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.Browser;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.GatewayAnswer;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The very WAR the Liberty suites test, on the WildFly the build provisioned and prepared with
 * server-config/wildfly/maiagent-gateway.cli (pom.xml, wildfly-maven-plugin): users from add-user,
 * settings and secrets through MicroProfile Config, the database on the default datasource. It calls only that
 * WildFly (its gateway and its own simulator), so it runs beside the Liberty suites, as TwoNodesIT does.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the WildFly server")
class WildFlySmokeIT {

    static final URL GATEWAY = gateway();

    /** The build starts WildFly in the background as the tests begin (src/test/scripts/wildfly.sh): it may still be booting. */
    private static URL gateway() {
        URL gateway;
        try {
            gateway = URI.create("http://127.0.0.1:" + System.getProperty("wildfly.http.port", "8280") + "/maiagent").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        GatewayAnswer.await(gateway, Duration.ofSeconds(180), "target/wildfly-smoke/server.log and target/wildfly/standalone/log/server.log");
        return gateway;
    }

    private static HttpRequest.Builder api(String path, DevUsers user) {
        return as(request(GATEWAY, "/api/v1" + path), user);
    }

    private static HttpRequest.Builder postJson(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void theApiAuthenticatesAgainstWildFlysUsersAndAuthorizesByRole() {
        assertProblem(send(request(GATEWAY, "/api/v1/me")), 401, "unauthenticated");
        assertProblem(send(basic(request(GATEWAY, "/api/v1/me"), DevUsers.ADMIN.user(), "wrong")), 401, "unauthenticated");

        JsonObject me = json(send(api("/me", DevUsers.CLIENT)));
        assertEquals(DevUsers.CLIENT.user(), me.getString("user"));
        assertEquals("maiagent-client", me.getJsonArray("roles").getString(0));
        assertProblem(send(api("/audit", DevUsers.CLIENT)), 403, "forbidden");
        assertEquals(200, send(api("/audit?pageSize=1", DevUsers.ADMIN)).statusCode());
    }

    /**
     * This WildFly has no OpenTelemetry (no opentelemetry layer provisioned): the gateway runs without it, and a
     * problem names the trace its caller's traceparent started.
     */
    @Test
    void withoutOpenTelemetryAProblemNamesTheCallersTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> refused = send(basic(request(GATEWAY, "/api/v1/me"), DevUsers.ADMIN.user(), "wrong")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertProblem(refused, 401, "unauthenticated");
        assertEquals(traceId, json(refused).getString("traceId"), refused.body());
        HttpResponse<String> invalid = send(api("/conversations/not-a-uuid", DevUsers.CLIENT)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertEquals(400, invalid.statusCode(), invalid::body);
        assertEquals(traceId, json(invalid).getString("traceId"), invalid.body());
    }

    /** A client application is no user of WildFly: the mechanism names it in the WAR's own security domain. */
    @Test
    void aClientApplicationsKeyIsItsCallerWithTheClientRoleOnly() {
        String name = "wildfly-smoke-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(postJson(api("/admin/applications", DevUsers.ADMIN),
                "{\"name\":\"" + name + "\",\"owner\":\"Smoke\",\"contact\":\"smoke@example.com\",\"operations\":[\"read\"]}"));
        assertEquals(201, created.statusCode(), created::body);
        String key = json(created).getJsonObject("key").getString("key");

        HttpResponse<String> me = send(request(GATEWAY, "/api/v1/me").header("Authorization", "Bearer " + key));
        assertEquals(200, me.statusCode(), me::body);
        assertEquals(name, json(me).getString("user"));
        assertEquals("[\"maiagent-client\"]", json(me).getJsonArray("roles").toString());
        assertProblem(send(request(GATEWAY, "/api/v1/audit").header("Authorization", "Bearer " + key)), 403, "forbidden");
        assertProblem(send(request(GATEWAY, "/api/v1/me").header("Authorization", "Bearer " + key.substring(0, key.length() - 2) + "xx")),
                401, "unauthenticated");
    }

    /** Alerts on WildFly: a signed webhook reached, and Jakarta Mail visible (an e-mail fails only for want of an SMTP server). */
    @Test
    void aTestAlertReachesASignedWebhookAndEmailNeedsOnlyAnSmtpServer() throws Exception {
        try (com.maiagentgateway.it.AlertReceiver receiver = new com.maiagentgateway.it.AlertReceiver()) {
            HttpResponse<String> hook = send(postJson(api("/admin/alerts/recipients", DevUsers.ADMIN),
                    "{\"kind\":\"webhook\",\"address\":\"" + receiver.url() + "\"}"));
            assertEquals(201, hook.statusCode(), hook::body);
            receiver.secret(json(hook).getString("signingSecret"));
            HttpResponse<String> mail = send(postJson(api("/admin/alerts/recipients", DevUsers.ADMIN),
                    "{\"kind\":\"email\",\"address\":\"ops@wildfly.example\"}"));
            assertEquals(201, mail.statusCode(), mail::body);
            try {
                assertEquals(202, send(api("/admin/alerts/test", DevUsers.ADMIN).POST(HttpRequest.BodyPublishers.noBody())).statusCode());
                long end = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
                String history = "";
                while (System.nanoTime() < end && (receiver.taken().isEmpty() || !history.contains("no SMTP server is configured"))) {
                    Thread.sleep(200);
                    history = send(api("/admin/alerts?pageSize=1", DevUsers.ADMIN)).body();
                }
                assertEquals(1, receiver.taken().size(), "the webhook got the test alert");
                assertTrue(receiver.taken().get(0).signatureHolds(), "signed");
                assertTrue(history.contains("no SMTP server is configured"), history);
            } finally {
                for (HttpResponse<String> added : List.of(hook, mail)) {
                    send(api("/admin/alerts/recipients/" + json(added).getJsonObject("recipient").getJsonNumber("id"), DevUsers.ADMIN).DELETE());
                }
            }
        }
    }

    @Test
    void conversationsAndMessagesGoToMaiAgentAndBack() {
        HttpResponse<String> page = send(api("/conversations?inbox=" + SimulatorClient.WEB_INBOX + "&pageSize=5", DevUsers.CLIENT));
        assertEquals(200, page.statusCode(), page::body);
        assertEquals(5, json(page).getJsonArray("items").size());
        assertNotNull(json(page).getString("nextCursor"));

        HttpResponse<String> created = send(postJson(api("/conversations", DevUsers.CLIENT), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"));
        assertEquals(201, created.statusCode(), created::body);
        String conversation = json(created).getString("id");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/conversations/" + conversation));
        assertEquals(conversation, json(send(api("/conversations/" + conversation, DevUsers.CLIENT))).getString("id"));

        HttpResponse<String> sent = send(postJson(api("/conversations/" + conversation + "/messages", DevUsers.CLIENT), "{\"content\":\"營業時間？\"}"));
        assertEquals(201, sent.statusCode(), sent::body);
        JsonObject thread = json(send(api("/conversations/" + conversation + "/messages", DevUsers.CLIENT)));
        assertTrue(thread.getJsonArray("items").stream().anyMatch(m -> m.asJsonObject().getString("content").equals("營業時間？")));

        JsonObject specs = json(send(api("/attachments/specs", DevUsers.CLIENT)));
        assertFalse(specs.getJsonArray("items").isEmpty());
    }

    @Test
    void badInputAndUnknownThingsAreProblems() {
        JsonObject problem = assertProblem(send(api("/conversations?inbox=not-an-id", DevUsers.CLIENT)), 400, "invalid-input");
        assertEquals("inbox", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(send(postJson(api("/conversations/" + UUID.randomUUID() + "/messages", DevUsers.CLIENT), "{}")), 400, "invalid-input");
        assertProblem(send(api("/no-such-thing", DevUsers.CLIENT)), 404, "not-found");
    }

    @Test
    void aStreamedCompletionIsRelayedAsItIsGenerated() throws Exception {
        // The simulator's events are 200 ms apart here (src/test/wildfly/simulator.cli).
        List<EventStream.Event> events = new ArrayList<>();
        try (EventStream stream = EventStream.open(postJson(api("/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions", DevUsers.CLIENT),
                "{\"message\":{\"content\":\"Is there a student discount?\"}}"))) {
            for (EventStream.Event e; (e = stream.next(Duration.ofSeconds(10))) != null; ) {
                events.add(e);
            }
        }
        EventStream.Event done = events.get(events.size() - 1);
        assertEquals("done", done.name(), events::toString);
        assertTrue(events.size() > 5, events::toString);
        StringBuilder text = new StringBuilder();
        for (EventStream.Event delta : events.subList(0, events.size() - 1)) {
            assertEquals("delta", delta.name());
            text.append(delta.json().getString("content"));
        }
        assertEquals(done.json().getString("content"), text.toString());
        // Relayed as generated: the deltas arrive spread over the time MaiAgent took (200 ms apart), not all at the
        // end. On a busy machine one gap may shrink behind a late event, so the spread of them all is what is held.
        int deltas = events.size() - 1;
        long spread = events.get(deltas - 1).atMillis() - events.get(0).atMillis();
        assertTrue(spread >= 100L * (deltas - 1), deltas + " deltas arrived within " + spread + " ms: held back, not relayed");
    }

    @Test
    void maiAgentsWebhookReplyIsReceivedStoredAndPushedOn() throws Exception {
        String conversation = json(send(postJson(api("/conversations", DevUsers.CLIENT),
                "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"))).getString("id");
        String replyId;
        try (EventStream replies = EventStream.open(api("/conversations/" + conversation + "/replies", DevUsers.CLIENT))) {
            assertEquals(201, send(postJson(api("/conversations/" + conversation + "/messages", DevUsers.CLIENT),
                    "{\"content\":\"退貨需要附上發票嗎？\"}")).statusCode());
            EventStream.Event reply = replies.next("reply", Duration.ofSeconds(15));
            assertNotNull(reply, "the simulator's webhook reached the receiver and was pushed on");
            assertTrue(reply.json().getString("content").contains("退貨需要附上發票嗎"));
            replyId = reply.id();
        }
        // Stored: a caller that comes back later gets it from the inbox.
        try (EventStream later = EventStream.open(api("/conversations/" + conversation + "/replies", DevUsers.CLIENT)
                .header("Last-Event-ID", "0"))) {
            EventStream.Event again = later.next("reply", Duration.ofSeconds(5));
            assertNotNull(again);
            assertEquals(replyId, again.id());
        }
        HttpResponse<String> forged = send(request(GATEWAY, "/webhooks/maiagent?secret=wrong")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(forged, 401, "unauthenticated");
    }

    @Test
    void healthOnTheManagementPortAndOpenApiAreServed() {
        String management = "http://127.0.0.1:" + System.getProperty("wildfly.management.port", "10190");
        HttpResponse<String> ready = send(request(URI.create(management + "/health/ready")));
        assertEquals(200, ready.statusCode(), ready::body);
        assertTrue(ready.body().contains("\"name\":\"maiagent\",\"status\":\"UP\""), ready::body);
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready::body);

        HttpResponse<String> openapi = send(request(URI.create("http://127.0.0.1:" + GATEWAY.getPort() + "/openapi"))
                .header("Accept", "application/json"));
        assertEquals(200, openapi.statusCode());
        assertTrue(json(openapi).getJsonObject("paths").containsKey("/maiagent/api/v1/conversations"), openapi::body);
    }

    @Test
    void anAdminSignsInToTheConsoleAndSeesAReplyArriveLive() throws InterruptedException {
        try (Browser browser = new Browser()) {
            browser.open(GATEWAY + "/console/");
            browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
            browser.type(By.id("signIn:user"), DevUsers.ADMIN.user());
            browser.type(By.id("signIn:password"), DevUsers.ADMIN.password());
            browser.find(By.id("signIn:submit")).click();
            browser.waitFor().until(ExpectedConditions.titleContains("Overview"));
            assertEquals(DevUsers.ADMIN.user(), browser.text(By.id("signed-in-user")));
            assertEquals("MaiAgent is reachable", browser.text(By.id("reachability")));
            // The messages per day are counted in the background (JPA and a managed scheduled executor on WildFly).
            long countedBy = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!browser.text(By.id("messages-counted")).contains("Last count:") && System.nanoTime() < countedBy) {
                Thread.sleep(2000);
                browser.driver().navigate().refresh();
                browser.waitFor().until(ExpectedConditions.titleContains("Overview"));
            }
            assertTrue(browser.text(By.id("messages-counted")).contains("Last count:"), browser.text(By.id("messages-counted")));
            assertFalse(browser.driver().findElements(By.cssSelector("[id='countMessages:messagesChart'] canvas")).isEmpty(), "the messages chart is drawn");

            browser.find(By.id("nav-conversations")).click();
            browser.waitFor().until(ExpectedConditions.titleContains("Conversations"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#list\\:conversations tbody tr[data-ri]"));
            assertEquals(20, rows.size());
            browser.screenshot("wildfly-conversations");

            WebElement link = rows.get(0).findElement(By.cssSelector("a.conversation-link"));
            String title = link.getText();
            link.click();
            browser.waitFor().until(ExpectedConditions.titleContains(title));
            browser.type(By.id("send:message"), "Sent from the console on WildFly");
            browser.find(By.id("send:sendButton")).click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Message sent"));
            WebElement reply = browser.waitFor().withTimeout(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread-list li.message.live")));
            assertFalse(reply.findElement(By.cssSelector(".text")).getText().isBlank());
            browser.screenshot("wildfly-conversation-live-reply");

            // Signing out ends the sign-in itself (WildFly calls the mechanism's cleanSubject too): its cookie opens nothing after.
            String token = browser.driver().manage().getCookieNamed("MaiAgentConsole").getValue();
            browser.find(By.id("signOutForm:signOut")).click();
            browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
            HttpResponse<String> replayed = send(request(GATEWAY, "/console/index.xhtml").header("Cookie", "MaiAgentConsole=" + token));
            assertTrue(replayed.body().contains("<title>Sign in"), () -> "a signed-out token opens nothing: " + replayed.statusCode());
        }
    }
}
