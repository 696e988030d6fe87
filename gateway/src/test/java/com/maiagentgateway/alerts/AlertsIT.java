package com.maiagentgateway.alerts;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.maiagentgateway.it.AlertReceiver;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.GatewayWar;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts as an operator meets them: recipients and levels set through the admin API (bad input refused, nothing
 * stored), an application crossing 80% and 100% of a quota told once per level by e-mail (to a real SMTP server,
 * GreenMail) and by a signed webhook that is down for its first try, a key ending within the week, the test button,
 * and MaiAgent failing until the breaker opens. Its own gateway deployment: the records breaker waits 1 s, the error
 * rate is judged from 5 calls, and MaiAgent's alerts repeat each minute, so its tally starts empty and its breaker
 * alerts are its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertsIT {

    static GreenMail smtp;
    static AlertReceiver webhook;
    static final List<String> added = new ArrayList<>();
    static String operator;

    @Deployment(testable = false)
    static WebArchive gateway() {
        return GatewayWar.withConfig(GatewayWar.named("alerts"),
                "com.maiagentgateway.upstream.MaiAgentRecords/CircuitBreaker/delay", "1000",
                "maiagent.alerts.error-rate-min-calls", "5",
                "maiagent.alerts.maiagent-repeat-seconds", "60");
    }

    @ArquillianResource
    URL gateway;

    @BeforeAll
    static void receivers() throws Exception {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 9325), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        webhook = new AlertReceiver();
        operator = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    @AfterAll
    static void stop() {
        // The recipients leave with the receivers: later suites' alerts must not queue up for a server that is gone.
        URL main = com.maiagentgateway.it.TestServer.gateway();
        for (String id : added) {
            send(as(request(main, "/api/v1/admin/alerts/recipients/" + id), DevUsers.ADMIN).DELETE());
        }
        send(put(as(request(main, "/api/v1/admin/alerts/levels"), DevUsers.ADMIN), "{\"quotaLevels\":[80,100],\"errorRatePercent\":20}"));
        if (smtp != null) {
            smtp.stop();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    private HttpRequest.Builder admin(String path) {
        return as(request(gateway, "/api/v1/admin" + path), DevUsers.ADMIN);
    }

    private static HttpRequest.Builder post(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder put(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    @Order(1)
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String recipientsBefore = send(admin("/alerts/recipients")).body();
        String levelsBefore = send(admin("/alerts/levels")).body();
        record Case(String body, String field) {
        }
        for (Case bad : List.of(
                new Case("{\"kind\":\"email\",\"address\":\"not an address\"}", "address"),
                new Case("{\"kind\":\"email\",\"address\":\"ops@localhost\"}", "address"),
                new Case("{\"kind\":\"webhook\",\"address\":\"ftp://example.com/alerts\"}", "address"),
                new Case("{\"kind\":\"webhook\",\"address\":\"javascript:alert(1)\"}", "address"),
                new Case("{\"kind\":\"webhook\",\"address\":\"https://user:secret@example.com/alerts\"}", "address"),
                new Case("{\"kind\":\"sms\",\"address\":\"+886 2 1234 5678\"}", "kind"),
                new Case("{\"kind\":\"email\"}", "address"))) {
            JsonObject refused = assertProblem(send(post(admin("/alerts/recipients"), bad.body())), 400, "invalid-input");
            assertTrue(fields(refused).stream().anyMatch(f -> f.endsWith(bad.field())), () -> bad.body() + " → " + refused);
        }
        for (String bad : List.of("{\"quotaLevels\":[0,100],\"errorRatePercent\":20}", "{\"quotaLevels\":[80,101],\"errorRatePercent\":20}",
                "{\"quotaLevels\":[80],\"errorRatePercent\":0}", "{\"quotaLevels\":[80],\"errorRatePercent\":101}", "{\"quotaLevels\":[]}")) {
            JsonObject refused = assertProblem(send(put(admin("/alerts/levels"), bad)), 400, "invalid-input");
            assertTrue(fields(refused).stream().anyMatch(f -> f.contains("quotaLevels") || f.contains("errorRatePercent")), refused::toString);
        }
        assertEquals(recipientsBefore, send(admin("/alerts/recipients")).body(), "a refused recipient was stored");
        assertEquals(levelsBefore, send(admin("/alerts/levels")).body(), "refused levels were stored");
    }

    @Test
    @Order(2)
    void anApplicationCrossing80And100PercentIsToldOncePerLevelByEmailAndBySignedWebhookTriedAgainWhenDown() throws Exception {
        addRecipients();
        webhook.refuseNext(1);
        String name = "alerted-" + UUID.randomUUID().toString().substring(0, 8);
        String key = createApplication(name, "{\"requestsPerMinute\":5}", null);
        // The five calls and the refused sixth in one minute's window.
        if (Instant.now().atZone(ZoneOffset.UTC).getSecond() > 45) {
            Thread.sleep((61 - Instant.now().atZone(ZoneOffset.UTC).getSecond()) * 1000L);
        }
        String conversation = SimulatorClient.seeded("conversation-1");
        for (int call = 1; call <= 6; call++) {
            HttpResponse<String> answer = send(request(gateway, "/api/v1/conversations/" + conversation).header("Authorization", "Bearer " + key));
            assertEquals(call <= 5 ? 200 : 429, answer.statusCode(), "call " + call + ": " + answer.body());
        }

        List<JsonObject> quotaAlerts = await("both quota alerts sent to both recipients", () -> alertsAbout(name).stream()
                .filter(a -> ours(a).stream().filter(d -> d.getString("state").equals("sent")).count() == 2)
                .count() == 2, () -> alertsAbout(name));
        assertEquals(List.of("80%", "100%"), quotaAlerts.stream().map(a -> a.getString("subject").replaceAll(".* (\\d+%) .*", "$1")).sorted(
                java.util.Comparator.comparing(s -> Integer.parseInt(s.replace("%", "")))).toList(), quotaAlerts::toString);
        for (JsonObject alert : quotaAlerts) {
            assertEquals("quota", alert.getString("kind"));
            assertEquals(2, ours(alert).size(), alert::toString);
        }
        // The webhook was down for the first try: one delivery needed two, the other one.
        List<Integer> webhookTries = quotaAlerts.stream().flatMap(a -> ours(a).stream())
                .filter(d -> d.getString("recipient").equals(webhook.url())).map(d -> d.getInt("attempts")).sorted().toList();
        assertEquals(List.of(1, 2), webhookTries, quotaAlerts::toString);

        List<AlertReceiver.Taken> hooked = webhook.taken().stream().filter(t -> t.alert().getString("subject").startsWith(name)).toList();
        assertEquals(2, hooked.size(), hooked::toString);
        for (AlertReceiver.Taken taken : hooked) {
            assertTrue(taken.signatureHolds(), "the signature did not hold: " + taken);
            assertTrue(Math.abs(taken.timestamp() - Instant.now().getEpochSecond()) < 120, "signed at " + taken.timestamp());
            assertEquals("quota", taken.alert().getString("kind"));
        }
        List<MimeMessage> mails = mailsAbout(name);
        assertEquals(2, mails.size(), "e-mails about " + name);
        for (MimeMessage mail : mails) {
            assertTrue(mail.getSubject().startsWith("[MaiAgent Gateway] " + name + " has used "), mail.getSubject());
            assertTrue(((String) mail.getContent()).contains("requests-per-minute quota of 5"), (String) mail.getContent());
        }
        // In the audit trail, once per alert.
        JsonArray audited = json(send(as(request(gateway, "/api/v1/audit?action=alert.raised&pageSize=200"), DevUsers.ADMIN))).getJsonArray("items");
        assertEquals(2, audited.stream().filter(e -> e.asJsonObject().getString("target", "").startsWith(name)).count(), audited::toString);
    }

    @Test
    @Order(3)
    void aKeyThatEndsWithinTheWeekIsTold() throws Exception {
        String name = "ending-" + UUID.randomUUID().toString().substring(0, 8);
        createApplication(name, null, LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
        JsonObject alert = await("the key-expiry alert sent", () -> alertsAbout(name).stream().anyMatch(a -> a.getString("kind").equals("key-expiry")
                && ours(a).stream().allMatch(d -> d.getString("state").equals("sent"))), () -> alertsAbout(name)).get(0);
        assertTrue(alert.getString("subject").matches("A key of " + name + " expires in \\d days"), alert::toString);
        assertEquals(1, mailsAbout(name).size());
    }

    @Test
    @Order(4)
    void theTestAlertReachesEveryRecipient() throws Exception {
        int mailsBefore = smtp.getReceivedMessages().length;
        long hooksBefore = webhook.taken().stream().filter(t -> t.alert().getString("kind").equals("test")).count();
        assertEquals(202, send(admin("/alerts/test").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        await("the test alert delivered", () -> smtp.getReceivedMessages().length > mailsBefore
                && webhook.taken().stream().filter(t -> t.alert().getString("kind").equals("test")).count() > hooksBefore, () -> List.of());
        JsonArray audited = json(send(as(request(gateway, "/api/v1/audit?action=alert.test&pageSize=5"), DevUsers.ADMIN))).getJsonArray("items");
        assertTrue(!audited.isEmpty(), "the test is audited");
    }

    @Test
    @Order(5)
    void maiAgentFailingUntilTheBreakerOpensIsTold() throws Exception {
        SimulatorClient simulator = SimulatorClient.onTestServer();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String records = "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records?startDate=" + today.minusDays(7) + "&endDate=" + today + "&pageSize=5";
        Instant started = Instant.now().minusSeconds(1);
        HttpResponse<String> armed = send(SimulatorClient.json(simulator.at("/control/faults/"), "{\"endpoint\":\"records\",\"fault\":\"status=500\",\"times\":8}"));
        assertEquals(201, armed.statusCode(), armed::body);
        try {
            for (int call = 1; call <= 8; call++) {
                assertEquals(502, send(as(request(gateway, records), DevUsers.ADMIN)).statusCode(), "call " + call);
            }
            assertEquals(503, send(as(request(gateway, records), DevUsers.ADMIN)).statusCode(), "the breaker is open");
            List<JsonObject> told = await("the breaker and the error rate told", () -> kindsSince(started).containsAll(List.of("breaker", "error-rate")),
                    () -> alertsSince(started));
            JsonObject rate = told.stream().filter(a -> a.getString("kind").equals("error-rate")).findFirst().orElseThrow();
            // Its calls so far: the quota test's successes and these eight failures.
            assertTrue(rate.getString("subject").matches("MaiAgent's error rate is \\d+% \\(level 20%\\)"), rate::toString);
            await("the breaker's e-mail", () -> !mailsAbout("MaiAgent is failing").isEmpty(), List::of);
        } finally {
            send(simulator.at("/control/faults/").DELETE());
            // Closed again (half-open after 1 s, two successes), so nothing after this suite meets it open.
            await("the breaker closed", () -> send(as(request(gateway, records), DevUsers.ADMIN)).statusCode() == 200
                    && send(as(request(gateway, records), DevUsers.ADMIN)).statusCode() == 200, List::of);
        }
    }

    @Test
    @Order(6)
    void aRemovedRecipientIsToldNoMore() {
        String id = added.remove(added.size() - 1);
        assertEquals(204, send(admin("/alerts/recipients/" + id).DELETE()).statusCode());
        assertTrue(!send(admin("/alerts/recipients")).body().contains(webhook.url()), "still listed");
        assertProblem(send(admin("/alerts/recipients/" + id).DELETE()), 404, "not-found");
    }

    /** This suite's deliveries of an alert (a recipient another run left behind is not ours to count). */
    private List<JsonObject> ours(JsonObject alert) {
        return alert.getJsonArray("deliveries").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("recipient").equals(operator) || d.getString("recipient").equals(webhook.url())).toList();
    }

    private void addRecipients() {
        HttpResponse<String> mail = send(post(admin("/alerts/recipients"), "{\"kind\":\"email\",\"address\":\"" + operator + "\"}"));
        assertEquals(201, mail.statusCode(), mail::body);
        assertTrue(!json(mail).containsKey("signingSecret") || json(mail).isNull("signingSecret"), "an e-mail recipient has no secret");
        added.add(String.valueOf(json(mail).getJsonObject("recipient").getJsonNumber("id").longValue()));
        HttpResponse<String> hook = send(post(admin("/alerts/recipients"), "{\"kind\":\"webhook\",\"address\":\"" + webhook.url() + "\"}"));
        assertEquals(201, hook.statusCode(), hook::body);
        String secret = json(hook).getString("signingSecret");
        assertTrue(secret.matches("whsec_[A-Za-z0-9_-]{43}"), secret);
        webhook.secret(secret);
        added.add(String.valueOf(json(hook).getJsonObject("recipient").getJsonNumber("id").longValue()));
        String listed = send(admin("/alerts/recipients")).body();
        assertTrue(listed.contains(webhook.url()) && listed.contains(operator), listed);
        assertTrue(!listed.contains(secret), "the secret is shown once only");
    }

    private String createApplication(String name, String quotas, String keyExpiresAt) {
        String body = "{\"name\":\"" + name + "\",\"owner\":\"Alerts\",\"contact\":\"alerts@example.com\",\"operations\":[\"read\"]"
                + (quotas == null ? "" : ",\"quotas\":" + quotas) + "}";
        HttpResponse<String> created = send(post(admin("/applications" + (keyExpiresAt == null ? "" : "?keyExpiresAt=" + keyExpiresAt)), body));
        assertEquals(201, created.statusCode(), created::body);
        return json(created).getJsonObject("key").getString("key");
    }

    private List<JsonObject> alertsAbout(String application) {
        return history().stream().filter(a -> a.getString("subject").contains(application)).toList();
    }

    private List<JsonObject> alertsSince(Instant since) {
        return history().stream().filter(a -> !Instant.parse(a.getString("raisedAt")).isBefore(since)).toList();
    }

    private List<String> kindsSince(Instant since) {
        return alertsSince(since).stream().map(a -> a.getString("kind")).toList();
    }

    private List<JsonObject> history() {
        return json(send(admin("/alerts?pageSize=200"))).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<MimeMessage> mailsAbout(String text) {
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getSubject().contains(text) && mail.getAllRecipients()[0].toString().equals(operator)) {
                    found.add(mail);
                }
            }
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
        return found;
    }

    private static List<String> fields(JsonObject problem) {
        return problem.containsKey("errors") ? problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList() : List.of();
    }

    /** Waits up to 20 s for the condition; answers what {@code shown} lists then (or fails with it). */
    private static List<JsonObject> await(String what, BooleanSupplier condition, java.util.function.Supplier<List<JsonObject>> shown) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 20 s; " + shown.get().stream().map(JsonObject::toString).collect(Collectors.joining("\n")));
            }
            Thread.sleep(200);
        }
        return shown.get();
    }
}
