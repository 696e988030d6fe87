package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Client applications end to end, as an admin and an application meet them: keys issued once and used as
 * Bearer, rotation, revocation and suspension, scopes, quotas with their RateLimit fields, usage equal to
 * the calls made, and bad input refused with nothing stored.
 */
class ClientApplicationsIT extends CallingTheGateway {

    private static final String KEY_SHAPE = "mgw_[0-9a-f]{8}_[A-Za-z0-9_-]{43}";

    record App(String id, String name, String key, String prefix) {
    }

    private App create(String quotasJson, String operationsJson, String chatbotsJson) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"owner\":\"Billing team\",\"contact\":\"billing@example.com\","
                + "\"operations\":" + operationsJson + (chatbotsJson == null ? "" : ",\"chatbots\":" + chatbotsJson)
                + (quotasJson == null ? "" : ",\"quotas\":" + quotasJson) + "}";
        HttpResponse<String> created = send(admin("/applications").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, created.statusCode(), created::body);
        JsonObject answer = json(created);
        JsonObject key = answer.getJsonObject("key");
        return new App(answer.getJsonObject("application").getString("id"), name, key.getString("key"), key.getString("prefix"));
    }

    private App create(String quotasJson) {
        return create(quotasJson, "[\"read\",\"write\",\"completions\",\"uploads\",\"records\"]", null);
    }

    private HttpRequest.Builder admin(String path) {
        return as(request(gateway, "/api/v1/admin" + path), DevUsers.ADMIN);
    }

    private HttpRequest.Builder withKey(String path, String key) {
        return request(gateway, "/api/v1" + path).header("Authorization", "Bearer " + key);
    }

    private static HttpRequest.Builder postJson(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder completion(String key, String chatbot) {
        return postJson(withKey("/chatbots/" + chatbot + "/completions", key).header("Accept", "application/json"),
                "{\"message\":{\"content\":\"營業時間是？\"}}");
    }

    private JsonArray usageOf(App app) {
        HttpResponse<String> usage = send(admin("/applications/" + app.id() + "/usage"));
        assertEquals(200, usage.statusCode(), usage::body);
        return Json.createReader(new java.io.StringReader(usage.body())).readArray();
    }

    private static JsonObject line(JsonArray usage, String operation) {
        return usage.stream().map(JsonValue::asJsonObject).filter(l -> l.getString("operation").equals(operation)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + operation + " line in " + usage));
    }

    @Test
    void anApplicationIsCreatedItsKeyShownOnceAndItCallsAsItself() {
        App app = create("{\"requestsPerMinute\":100}");
        assertTrue(app.key().matches(KEY_SHAPE), app.key());
        assertTrue(app.key().startsWith("mgw_" + app.prefix() + "_"));

        HttpResponse<String> me = send(withKey("/me", app.key()));
        assertEquals(200, me.statusCode(), me::body);
        assertEquals(app.name(), json(me).getString("user"));
        assertEquals("[\"maiagent-client\"]", json(me).getJsonArray("roles").toString());
        assertTrue(me.headers().allValues("Set-Cookie").isEmpty(), "a key call leaves no cookie");

        HttpResponse<String> listed = send(admin("/applications"));
        HttpResponse<String> one = send(admin("/applications/" + app.id()));
        for (HttpResponse<String> answer : List.of(listed, one)) {
            assertEquals(200, answer.statusCode(), answer::body);
            assertFalse(answer.body().contains(app.key().substring(14)), "no answer but the first carries the key");
            assertTrue(answer.body().contains(app.prefix()), "keys are named by their prefix");
        }
        JsonObject shown = json(one);
        assertEquals("active", shown.getString("status"));
        assertEquals(100, shown.getJsonObject("quotas").getInt("requestsPerMinute"));
        assertEquals(JsonValue.NULL, shown.get("chatbots") == null ? JsonValue.NULL : shown.get("chatbots"), "every chatbot");

        JsonObject audit = json(send(as(request(gateway, "/api/v1/audit?pageSize=1&action=client-application.create"), DevUsers.ADMIN)))
                .getJsonArray("items").getJsonObject(0);
        assertEquals(app.name(), audit.getString("target"));
        assertEquals(DevUsers.ADMIN.user(), audit.getString("actor"));
    }

    @Test
    void keysRotateWithOverlapAndARevokedKeyIsRefusedAtOnce() {
        App app = create(null);
        HttpResponse<String> second = send(admin("/applications/" + app.id() + "/keys").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, second.statusCode(), second::body);
        String secondKey = json(second).getString("key");

        assertEquals(200, send(withKey("/me", app.key())).statusCode(), "the old key works while callers move");
        assertEquals(200, send(withKey("/me", secondKey)).statusCode(), "the new key works at once");
        assertProblem(send(admin("/applications/" + app.id() + "/keys").POST(HttpRequest.BodyPublishers.noBody())), 409, "too-many-keys");

        HttpResponse<String> revoked = send(admin("/applications/" + app.id() + "/keys/" + app.prefix()).DELETE());
        assertEquals(204, revoked.statusCode(), revoked::body);
        JsonObject refused = assertProblem(send(withKey("/me", app.key())), 401, "key-revoked");
        assertTrue(refused.getString("detail").contains(app.prefix()));
        assertFalse(refused.toString().contains(app.key()), "the key itself is never echoed");
        assertEquals(200, send(withKey("/me", secondKey)).statusCode());
        assertEquals(201, send(admin("/applications/" + app.id() + "/keys").POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
                "with one key revoked, a next one can be issued");
    }

    @Test
    void keysExpireWhenTheyWereIssuedToAndAreRefusedAfter() throws Exception {
        App app = create(null);
        // Issued with the default lifetime (the test server's: 365 days), within the maximum.
        JsonObject first = json(send(admin("/applications/" + app.id()))).getJsonArray("keys").getJsonObject(0);
        Instant defaultEnd = Instant.parse(first.getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), defaultEnd).toDays() >= 364, first::toString);
        assertFalse(first.getBoolean("expiresSoon"));

        // A key that ends in 3 s: accepted, shown as ending soon, then refused as expired on its own.
        Instant end = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> issued = send(admin("/applications/" + app.id() + "/keys?keyExpiresAt=" + end).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, issued.statusCode(), issued::body);
        assertEquals(end, Instant.parse(json(issued).getString("expiresAt")));
        String shortKey = json(issued).getString("key");
        String shortPrefix = json(issued).getString("prefix");
        assertEquals(200, send(withKey("/me", shortKey)).statusCode());
        JsonObject listed = json(send(admin("/applications/" + app.id()))).getJsonArray("keys").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("prefix").equals(shortPrefix)).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("expiresSoon"), listed::toString);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 200);
        JsonObject refused = assertProblem(send(withKey("/me", shortKey)), 401, "key-expired");
        assertTrue(refused.getString("detail").contains(shortPrefix), refused::toString);
        assertEquals(200, send(withKey("/me", app.key())).statusCode(), "the application's other key still works");
        // The expired key no longer holds one of the two places.
        HttpResponse<String> third = send(admin("/applications/" + app.id() + "/keys").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, third.statusCode(), third::body);
    }

    @Test
    void aKeyCannotBeIssuedToEndInThePastOrBeyondTheMaximum() {
        App app = create(null);
        for (String wrong : List.of("2001-01-01", Instant.now().minusSeconds(60).toString(), LocalDate.now().plusYears(5).toString(), "soon")) {
            JsonObject refused = assertProblem(send(admin("/applications/" + app.id() + "/keys?keyExpiresAt=" + wrong)
                    .POST(HttpRequest.BodyPublishers.noBody())), 400, "invalid-input");
            assertEquals("keyExpiresAt", field(refused, 0), refused::toString);
        }
        assertEquals(1, json(send(admin("/applications/" + app.id()))).getJsonArray("keys").size(), "no key was issued");
    }

    @Test
    void aSuspendedApplicationIsRefusedUntilActivated() {
        App app = create(null);
        HttpResponse<String> suspended = send(postJson(admin("/applications/" + app.id() + "/status"), "{\"status\":\"suspended\"}")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"status\":\"suspended\"}")));
        assertEquals(200, suspended.statusCode(), suspended::body);

        assertProblem(send(withKey("/me", app.key())), 403, "application-suspended");

        send(admin("/applications/" + app.id() + "/status").header("Content-Type", "application/json")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"status\":\"active\"}")));
        assertEquals(200, send(withKey("/me", app.key())).statusCode());
    }

    /** A key of ours with a wrong secret is refused as fast as a random one: the lookup is by the whole key's hash. */
    @Test
    void wrongKeysAreRefusedAlikeAndAKeyInTheAddressIsRefused() {
        App app = create(null);
        String nearMiss = app.key().substring(0, app.key().length() - 4) + (app.key().endsWith("AAAA") ? "BBBB" : "AAAA");
        String farMiss = "mgw_0badc0de_" + "x".repeat(43);
        assertProblem(send(withKey("/me", nearMiss)), 401, "unauthenticated");
        assertProblem(send(withKey("/me", farMiss)), 401, "unauthenticated");
        assertProblem(send(withKey("/me", "not-even-a-key")), 401, "unauthenticated");

        long[] near = new long[41];
        long[] far = new long[41];
        for (int i = 0; i < near.length; i++) {
            near[i] = timed(nearMiss);
            far[i] = timed(farMiss);
        }
        Arrays.sort(near);
        Arrays.sort(far);
        double ratio = (double) near[near.length / 2] / far[far.length / 2];
        assertTrue(ratio > 0.5 && ratio < 2.0, "median refusal near miss / far miss = " + ratio);

        HttpResponse<String> inAddress = send(request(gateway, "/api/v1/me?api_key=" + app.key()));
        JsonObject problem = assertProblem(inAddress, 401, "key-in-query");
        assertFalse(problem.toString().contains(app.key()));
        assertProblem(send(withKey("/me?api_key=" + app.key(), app.key())), 401, "key-in-query");
        // Percent-encoded, it is the same key in the same logs.
        assertProblem(send(request(gateway, "/api/v1/me?key=" + app.key().replace("_", "%5F"))), 401, "key-in-query");
    }

    private long timed(String key) {
        long started = System.nanoTime();
        assertEquals(401, send(withKey("/me", key)).statusCode());
        return System.nanoTime() - started;
    }

    @Test
    void scopesLimitOperationsAndChatbots() {
        App reader = create(null, "[\"read\"]", null);
        assertEquals(200, send(withKey("/conversations?inbox=" + SimulatorClient.WEB_INBOX, reader.key())).statusCode());
        assertProblem(send(postJson(withKey("/conversations", reader.key()), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}")),
                403, "operation-not-allowed");
        assertProblem(send(completion(reader.key(), SimulatorClient.SUPPORT_BOT)), 403, "operation-not-allowed");
        assertProblem(send(withKey("/audit", reader.key())), 403, "forbidden");
        assertProblem(send(withKey("/admin/applications", reader.key())), 403, "forbidden");

        App faqOnly = create(null, "[\"completions\",\"records\"]", "[\"" + SimulatorClient.FAQ_BOT + "\"]");
        JsonObject refused = assertProblem(send(completion(faqOnly.key(), SimulatorClient.SUPPORT_BOT)), 403, "chatbot-not-allowed");
        assertTrue(refused.getString("detail").contains(SimulatorClient.SUPPORT_BOT));
        HttpResponse<String> allowed = send(completion(faqOnly.key(), SimulatorClient.FAQ_BOT));
        assertEquals(200, allowed.statusCode(), allowed::body);
    }

    @Test
    void requestsPerMinuteHoldExactlyAndTheRateLimitFieldsSayWhereTheCallerStands() throws Exception {
        awayFromTheEndOfAMinute();
        App app = create("{\"requestsPerMinute\":3}");
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> ok = send(withKey("/me", app.key()));
            assertEquals(200, ok.statusCode(), ok::body);
            assertEquals("\"requests-per-minute\";q=3;w=60", ok.headers().firstValue("RateLimit-Policy").orElse(null));
            assertTrue(ok.headers().firstValue("RateLimit").orElse("").startsWith("\"requests-per-minute\";r=" + remaining + ";t="),
                    () -> ok.headers().map().toString());
        }
        HttpResponse<String> over = send(withKey("/me", app.key()));
        JsonObject problem = assertProblem(over, 429, "quota-exhausted");
        assertTrue(problem.getString("detail").contains("requests-per-minute"));
        long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(over.headers().firstValue("RateLimit").orElse("").startsWith("\"requests-per-minute\";r=0;t="));

        JsonObject read = line(usageOf(app), "read");
        assertEquals(4, read.getInt("calls"), read::toString);
        assertEquals(1, read.getInt("refused"), read::toString);
    }

    /** The seconds-long test must not straddle two windows of a minute quota. */
    private static void awayFromTheEndOfAMinute() throws InterruptedException {
        int second = LocalTime.now(ZoneOffset.UTC).getSecond();
        if (second > 45) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    @Test
    void completionsPerDayCountAStreamWhenItStarts() throws Exception {
        App app = create("{\"completionsPerDay\":2}", "[\"completions\"]", null);
        HttpResponse<String> whole = send(completion(app.key(), SimulatorClient.SUPPORT_BOT));
        assertEquals(200, whole.statusCode(), whole::body);
        assertEquals("\"completions-per-day\";q=2;w=86400", whole.headers().firstValue("RateLimit-Policy").orElse(null));

        HttpResponse<InputStream> stream = Http.sendForStream(postJson(
                withKey("/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions", app.key()).header("Accept", "text/event-stream"),
                "{\"message\":{\"content\":\"hello\"}}"));
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("RateLimit").orElse("").startsWith("\"completions-per-day\";r=0;"),
                () -> stream.headers().map().toString());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String first;
            do {
                first = events.readLine();
            } while (first != null && !first.startsWith("event: delta"));
            assertNotNull(first, "a delta arrived");
        }
        // The stream was left after its first delta: it was counted when it started, not when (or if) it ended.
        assertProblem(send(completion(app.key(), SimulatorClient.SUPPORT_BOT)), 429, "quota-exhausted");

        JsonObject completions = waitForLine(app, "completions", l -> l.getInt("calls") == 3);
        assertEquals(2, completions.getInt("completions"), completions::toString);
        assertEquals(1, completions.getInt("streamed"), completions::toString);
        assertEquals(1, completions.getInt("refused"), completions::toString);
        assertEquals(SimulatorClient.SUPPORT_BOT, completions.getString("chatbot"));
        assertTrue(completions.containsKey("firstEventP50Ms"), completions::toString);
    }

    /** A stream ends its call on another thread, after the answer began: its line completes shortly after. */
    private JsonObject waitForLine(App app, String operation, Predicate<JsonObject> complete) throws InterruptedException {
        return waitForLine(app, operation, complete, 50);
    }

    private JsonObject waitForLine(App app, String operation, Predicate<JsonObject> complete, int tenthsOfASecond) throws InterruptedException {
        JsonObject line = null;
        for (int i = 0; i < tenthsOfASecond; i++) {
            JsonArray usage = usageOf(app);
            line = usage.stream().map(JsonValue::asJsonObject).filter(l -> l.getString("operation").equals(operation)).findFirst().orElse(null);
            if (line != null && complete.test(line)) {
                return line;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("usage never completed: " + line);
    }

    @Test
    void aReplyStreamIsMeteredWhenItEnds() throws Exception {
        App app = create(null, "[\"read\",\"write\"]", null);
        HttpResponse<String> conversation = send(postJson(withKey("/conversations", app.key()), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"));
        assertEquals(201, conversation.statusCode(), conversation::body);
        String id = json(conversation).getString("id");
        try (EventStream replies = EventStream.open(withKey("/conversations/" + id + "/replies", app.key()).header("Accept", "text/event-stream"))) {
            assertEquals(201, send(postJson(withKey("/conversations/" + id + "/messages", app.key()), "{\"content\":\"metered?\"}")).statusCode());
            assertNotNull(replies.next("reply", Duration.ofSeconds(20)), "the reply came by webhook");
        }
        // The stream was a read call like any other: counted once it ended, with its first event. The node finds a
        // client that left at the stream's next heartbeat (every 2 s on the test server).
        JsonObject read = waitForLine(app, "read", l -> l.getInt("calls") == 1, 100);
        assertTrue(read.containsKey("firstEventP50Ms"), read::toString);
    }

    @Test
    void usageEqualsTheCallsMadeAndTheAuditTrailNamesTheApplication() throws Exception {
        App app = create(null);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, send(withKey("/me", app.key())).statusCode());
        }
        HttpResponse<String> conversation = send(postJson(withKey("/conversations", app.key()), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}"));
        assertEquals(201, conversation.statusCode(), conversation::body);
        byte[] pdf = "%PDF-1.4\n% client application usage\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded = send(new Multipart().file("file", "usage.pdf", "application/pdf", pdf)
                .post(withKey("/attachments", app.key())));
        assertEquals(201, uploaded.statusCode(), uploaded::body);

        JsonArray usage = usageOf(app);
        assertEquals(5, line(usage, "read").getInt("calls"), usage::toString);
        assertEquals(0, line(usage, "read").getInt("refused"));
        assertNotNull(line(usage, "read").get("latencyP50Ms"));
        assertEquals(1, line(usage, "write").getInt("calls"));
        JsonObject uploads = line(usage, "uploads");
        assertEquals(1, uploads.getInt("calls"));
        assertTrue(uploads.getJsonNumber("uploadBytes").longValue() >= pdf.length, uploads::toString);
        assertTrue(uploads.getJsonNumber("uploadBytes").longValue() < pdf.length + 1024, "the multipart envelope only: " + uploads);

        HttpResponse<String> all = send(admin("/usage"));
        assertTrue(all.body().contains("\"caller\":\"" + app.name() + "\""), "every caller's usage lists the application");

        JsonObject audit = json(send(as(request(gateway, "/api/v1/audit?pageSize=1&action=conversation.create"), DevUsers.ADMIN)))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("app:" + app.name() + " (key " + app.prefix() + ")", audit.getString("actor"));

        String metrics = send(request(Http.root(gateway).resolve("metrics"))).body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("gateway_client_calls_total") && l.contains("caller=\"" + app.name() + "\"")
                && l.contains("operation=\"read\"") && l.trim().endsWith(" 5.0")), "metrics count the application's calls");
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingIsStored() {
        App existing = create(null);
        int before = parse("{\"a\":" + send(admin("/applications")).body() + "}").getJsonArray("a").size();

        JsonObject duplicate = assertProblem(send(postJson(admin("/applications"), "{\"name\":\"" + existing.name()
                + "\",\"owner\":\"o\",\"contact\":\"c\",\"operations\":[\"read\"]}")), 400, "invalid-input");
        assertEquals("name", field(duplicate, 0));

        JsonObject quotas = assertProblem(send(postJson(admin("/applications"), "{\"name\":\"it-quota-range\",\"owner\":\"o\",\"contact\":\"c\","
                + "\"operations\":[\"read\"],\"quotas\":{\"requestsPerMinute\":0,\"completionsPerDay\":-5,\"uploadBytesPerDay\":99999999999999}}")),
                400, "invalid-input");
        List<String> fields = fields(quotas);
        assertTrue(fields.containsAll(List.of("quotas.requestsPerMinute", "quotas.completionsPerDay", "quotas.uploadBytesPerDay")), fields::toString);

        JsonObject unknownBot = assertProblem(send(postJson(admin("/applications"), "{\"name\":\"it-unknown-bot\",\"owner\":\"o\",\"contact\":\"c\","
                + "\"operations\":[\"completions\"],\"chatbots\":[\"" + SimulatorClient.FAQ_BOT + "\",\"00000000-0000-4000-8000-000000000000\"]}")),
                400, "invalid-input");
        assertEquals(List.of("chatbots[1]"), fields(unknownBot));

        JsonObject badShapes = assertProblem(send(postJson(admin("/applications"), "{\"name\":\"Not A Name!\",\"owner\":\"\",\"contact\":\"c\","
                + "\"operations\":[\"read\"],\"chatbots\":[\"not-a-uuid\"]}")), 400, "invalid-input");
        assertTrue(fields(badShapes).containsAll(List.of("name", "owner")), fields(badShapes)::toString);
        assertTrue(fields(badShapes).stream().anyMatch(f -> f.startsWith("chatbots[0]")), fields(badShapes)::toString);

        JsonObject operation = assertProblem(send(postJson(admin("/applications"), "{\"name\":\"it-bad-operation\",\"owner\":\"o\",\"contact\":\"c\","
                + "\"operations\":[\"read\",\"admin\"]}")), 400, "invalid-input");
        assertEquals(List.of("operations[1]"), fields(operation));

        int after = parse("{\"a\":" + send(admin("/applications")).body() + "}").getJsonArray("a").size();
        assertEquals(before, after, "nothing was stored");
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new java.io.StringReader(body)).readObject();
    }

    private static String field(JsonObject problem, int index) {
        return problem.getJsonArray("errors").getJsonObject(index).getString("field");
    }

    private static List<String> fields(JsonObject problem) {
        List<String> fields = new ArrayList<>();
        problem.getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        return fields;
    }
}
