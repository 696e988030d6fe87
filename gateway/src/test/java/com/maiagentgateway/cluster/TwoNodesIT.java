package com.maiagentgateway.cluster;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.AlertReceiver;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.GatewayAnswer;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.TraceReceiver;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two gateway nodes (Open Liberty) on one PostgreSQL, started together by the build: what one node
 * stores, the other serves; a reply delivered to either reaches the listeners of both, once.
 * Run beside the other suites (marked concurrent, as WildFlySmokeIT is; the failsafe configuration enables that), as it
 * shares nothing with them: it waits for the cluster, which boots in the background, then runs its tests in order
 * on one thread (the lock makes JUnit run a class's methods one after another, as their @Order says; the last stops
 * node A).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the two-node cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String START_LOG = "target/cluster/start.log and target/liberty/wlp/usr/servers/node{A,B}/logs";

    static final URL A = url("cluster.node-a.url");
    static final URL B = url("cluster.node-b.url");

    private static URL url(String property) {
        try {
            return URI.create(System.getProperty(property)).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A replies stream of one conversation on one node, as an API caller opens it. */
    static EventStream replies(URL node, String conversation, String lastEventId) {
        HttpRequest.Builder request = as(request(node, "/api/v1/conversations/" + conversation + "/replies"), DevUsers.CLIENT);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return EventStream.open(request);
    }

    static HttpResponse<String> deliver(URL node, String messageId, String conversation, String content) {
        return deliver(node, messageId, conversation, content, null);
    }

    /** A delivery as MaiAgent makes it, sent within MaiAgent's trace (a W3C traceparent), or outside any (null). */
    static HttpResponse<String> deliver(URL node, String messageId, String conversation, String content, String traceparent) {
        String body = "{\"id\":\"" + messageId + "\",\"conversation\":\"" + conversation + "\",\"sender\":{\"id\":789,\"name\":\"AI\",\"avatar\":null},"
                + "\"type\":\"outgoing\",\"content\":\"" + content + "\",\"feedback\":null,\"created_at\":\"1748314926000\",\"attachments\":[],\"citations\":[]}";
        HttpRequest.Builder request = request(node, "/webhooks/maiagent?secret=" + DevUsers.webhookSecret());
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The message ids of every reply event that arrives within the time. */
    static List<String> repliesWithin(EventStream stream, Duration within) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        long end = System.nanoTime() + within.toNanos();
        for (EventStream.Event e; (e = stream.next("reply", Duration.ofNanos(Math.max(1, end - System.nanoTime())))) != null; ) {
            ids.add(e.json().getString("id"));
        }
        return ids;
    }

    static Connection database() throws Exception {
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("cluster.dir"), "database.properties"))) {
            credentials.load(in);
        }
        return DriverManager.getConnection(System.getProperty("cluster.db.url"), "gateway", credentials.getProperty("db.password"));
    }

    @BeforeAll
    static void clusterUp() throws InterruptedException {
        for (URL node : List.of(A, B)) {
            GatewayAnswer.await(node, Duration.ofSeconds(240), START_LOG);
        }
        // Node A is ready once it reaches the simulator on node B and the database; both just started.
        for (URL node : List.of(A, B)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ready(node).statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
        }
    }

    private static HttpResponse<String> ready(URL node) {
        return send(request(URI.create(node.toExternalForm().replace("/maiagent/", "/health/ready"))));
    }

    @Test
    @Order(1)
    void bothNodesStartedTogetherMigratedTheSchemaOnce() throws Exception {
        for (URL node : List.of(A, B)) {
            HttpResponse<String> ready = ready(node);
            assertEquals(200, ready.statusCode(), ready::body);
        }
        try (Connection db = database(); ResultSet applied = db.createStatement().executeQuery(
                "SELECT version, count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL GROUP BY version ORDER BY version")) {
            int versions = 0;
            while (applied.next()) {
                versions++;
                assertEquals(1, applied.getInt(2), "version " + applied.getString(1) + " applied once");
            }
            assertTrue(versions >= 4, versions + " versions");
        }
    }

    @Test
    @Order(2)
    void aReplyDeliveredToNodeAReachesTheApiStreamAndTheConsoleFeedOnNodeB() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        ConsoleUser admin = ConsoleUser.signIn(B);
        try (EventStream api = replies(B, conversation, null);
             EventStream console = EventStream.open(admin.request(B, "/console/live/conversations/" + conversation + "/replies"))) {
            String maiAgentsTrace = UUID.randomUUID().toString().replace("-", "");
            assertEquals(200, deliver(A, messageId, conversation, "from node A", "00-" + maiAgentsTrace + "-00f067aa0ba902b7-01").statusCode());
            EventStream.Event onApi = api.next("reply", Duration.ofSeconds(10));
            assertNotNull(onApi, "the API stream on B got the reply delivered to A");
            assertEquals(messageId, onApi.json().getString("id"));
            EventStream.Event onConsole = console.next("reply", Duration.ofSeconds(10));
            assertNotNull(onConsole, "the console's live feed on B got it too");
            assertEquals(messageId, onConsole.json().getString("id"));

            // Traced: the intake on A, in MaiAgent's trace, and B's push to its listeners linked to it (NOTIFY carried it).
            TraceReceiver.ReceivedSpan intake = TraceReceiver.awaitSpan(maiAgentsTrace,
                    s -> s.name().equals("receive MaiAgent webhook delivery"), "node A's intake span");
            assertEquals("maiagent-gateway-nodeA", intake.service());
            TraceReceiver.ReceivedSpan pushedOnB = TraceReceiver.await(s -> s.service().equals("maiagent-gateway-nodeB")
                    && s.name().equals("push webhook reply to listeners") && s.linkedSpanIds().contains(intake.spanId()), 1,
                    "node B's push linked to A's intake").get(0);
            assertEquals(conversation, pushedOnB.attribute("maiagent.conversation"));
        }
        // The delivery log: taken by node A, pushed by node B to its two listeners (the API stream and the console feed).
        try (Connection db = database(); var taken = db.prepareStatement(
                "SELECT d.node, d.outcome, p.node, p.listeners FROM webhook_delivery d JOIN webhook_push p ON p.reply_id = d.reply_id "
                        + "WHERE d.message_id = ?")) {
            taken.setString(1, messageId);
            try (ResultSet row = taken.executeQuery()) {
                assertTrue(row.next(), "the delivery and B's push are in the log");
                assertTrue(row.getString(1).endsWith("/nodeA"), row.getString(1));
                assertEquals("STORED", row.getString(2));
                assertTrue(row.getString(3).endsWith("/nodeB"), row.getString(3));
                assertEquals(2, row.getInt(4));
            }
        }
    }

    @Test
    @Order(3)
    void theSameDeliveryToBothNodesAtOnceIsStoredOnceAndEachListenerGetsItOnce() throws Exception {
        String conversation = UUID.randomUUID().toString();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try (EventStream onA = replies(A, conversation, null); EventStream onB = replies(B, conversation, null)) {
            List<String> sent = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                String messageId = UUID.randomUUID().toString();
                sent.add(messageId);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (URL node : List.of(A, B, A, B)) {
                    answers.add(senders.submit(() -> {
                        go.await();
                        return deliver(node, messageId, conversation, "twice at once").statusCode();
                    }));
                }
                go.countDown();
                for (Future<Integer> answer : answers) {
                    assertEquals(200, answer.get(), "every copy is acknowledged, so MaiAgent stops retrying");
                }
            }
            assertEquals(sent, repliesWithin(onA, Duration.ofSeconds(4)), "node A's listener: each once, in order");
            assertEquals(sent, repliesWithin(onB, Duration.ofSeconds(1)), "node B's listener: each once, in order");
        } finally {
            senders.shutdownNow();
        }
        try (Connection db = database(); ResultSet stored = db.createStatement().executeQuery(
                "SELECT count(*), count(DISTINCT message_id) FROM webhook_reply WHERE conversation_id = '" + conversation + "'")) {
            stored.next();
            assertEquals(10, stored.getInt(1), "stored once each");
            assertEquals(10, stored.getInt(2));
        }
    }

    /**
     * 500 replies delivered 16 at a time, to either node, reach every open stream on both nodes each once and in id
     * order, and a stream resumed on the other node with Last-Event-ID gets exactly what came after it.
     */
    @Test
    @Order(3)
    void concurrentDeliveriesToBothNodesReachEveryStreamOnceInOrderAndResumeExactly() throws Exception {
        String conversation = UUID.randomUUID().toString();
        int deliveries = 500;
        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<EventStream> streams = new ArrayList<>();
        try {
            for (URL node : List.of(A, B, A, B, A)) {
                streams.add(replies(node, conversation, null));
            }
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                URL node = i % 2 == 0 ? A : B;
                String content = "reply " + i;
                answers.add(senders.submit(() -> deliver(node, UUID.randomUUID().toString(), conversation, content).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
            List<String> first = null;
            for (EventStream stream : streams) {
                List<String> ids = new ArrayList<>();
                for (EventStream.Event e; ids.size() < deliveries && (e = stream.next("reply", Duration.ofSeconds(20))) != null; ) {
                    ids.add(e.id());
                }
                assertEquals(deliveries, ids.size(), "every reply reached the stream");
                assertEquals(deliveries, new java.util.HashSet<>(ids).size(), "each once");
                List<Long> numbers = ids.stream().map(Long::valueOf).toList();
                assertEquals(numbers.stream().sorted().toList(), numbers, "in id order");
                assertTrue(first == null || first.equals(ids), "every stream on either node got the same replies");
                first = ids;
            }
            try (EventStream resumed = replies(B, conversation, first.get(249))) {
                List<String> rest = new ArrayList<>();
                for (EventStream.Event e; (e = resumed.next("reply", Duration.ofSeconds(2))) != null; ) {
                    rest.add(e.id());
                }
                assertEquals(first.subList(250, deliveries), rest, "resumed on the other node: exactly the rest");
            }
        } finally {
            senders.shutdownNow();
            for (EventStream stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    @Order(4)
    void uploadsAndTheAuditTrailWrittenThroughAAreListedThroughB() throws Exception {
        String conversation = SimulatorClient.seeded("conversation-3");
        // A 1×1 PNG: the gateway sniffs the content, so it must be one.
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String filename = "cluster-" + UUID.randomUUID() + ".png";
        HttpResponse<String> uploaded = send(new Multipart().file("file", filename, "image/png", png)
                .post(as(request(A, "/api/v1/conversations/" + conversation + "/attachments"), DevUsers.ADMIN)));
        assertEquals(201, uploaded.statusCode(), uploaded::body);
        String attachmentId = json(uploaded).getString("id");

        JsonObject listed = json(send(as(request(B, "/api/v1/conversations/" + conversation + "/attachments"), DevUsers.ADMIN)));
        assertTrue(listed.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> attachmentId.equals(a.getString("id", null))), listed::toString);
        JsonObject audit = json(send(as(request(B, "/api/v1/audit?action=attachment.upload&pageSize=20"), DevUsers.ADMIN)));
        assertTrue(audit.toString().contains(conversation), audit::toString);
    }

    @Test
    @Order(5)
    void aConsoleUserMovedToTheOtherNodeStaysSignedInAndAnOldFormSaysItExpired() throws Exception {
        ConsoleUser admin = ConsoleUser.signIn(A);
        HttpResponse<String> onA = admin.get(A, "/console/conversations.xhtml");
        assertEquals(200, onA.statusCode());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(onA.body());
        assertTrue(state.find(), "the page carries a view state");

        HttpResponse<String> onB = admin.get(B, "/console/index.xhtml");
        assertEquals(200, onB.statusCode(), "the sign-in is good on every node (it is in the shared database)");
        assertTrue(onB.body().contains("Overview"));

        HttpResponse<String> stale = admin.post(B, "/console/conversations.xhtml",
                "filters=filters&filters_SUBMIT=1&filters%3Asearch=Search&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
        assertEquals(302, stale.statusCode(), stale::body);
        assertTrue(stale.headers().firstValue("Location").orElse("").endsWith("/maiagent/expired.html"),
                "the form's view lived on node A: a page says nothing was changed, the user goes on");
    }

    @Test
    @Order(6)
    void signingOutOnOneNodeEndsTheTokenOnEveryNodeAndNoOtherSignIn() throws Exception {
        ConsoleUser admin = ConsoleUser.signIn(A);
        ConsoleUser sameAdminElsewhere = ConsoleUser.signIn(B);
        assertNotEquals(admin.token(), sameAdminElsewhere.token(), "each sign-in has its own token");
        HttpResponse<String> page = admin.get(A, "/console/index.xhtml");
        String token = admin.token();
        HttpClient elsewhere = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest withToken = ConsoleUser.request(B, "/console/index.xhtml", token).GET().build();
        HttpResponse<String> before = elsewhere.send(withToken, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, before.statusCode(), "the token opens node B while signed in");
        assertTrue(before.body().contains("<title>Overview"), "the token opens node B while signed in");

        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        assertTrue(state.find());
        HttpResponse<String> signedOut = admin.post(A, "/console/index.xhtml", "signOutForm=signOutForm&signOutForm_SUBMIT=1&signOutForm%3AsignOut=Sign+out&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
        assertEquals(302, signedOut.statusCode(), signedOut::body);
        assertTrue(signedOut.headers().firstValue("Location").orElse("").contains("/login.xhtml?signedOut=true"));

        HttpResponse<String> after = elsewhere.send(withToken, HttpResponse.BodyHandlers.ofString());
        assertTrue(after.body().contains("<title>Sign in"), () -> "signed out on A: refused on B, " + after.statusCode());

        HttpResponse<String> other = sameAdminElsewhere.get(B, "/console/index.xhtml");
        assertTrue(other.body().contains("<title>Overview"), "the same admin's other sign-in goes on");
        ConsoleUser again = ConsoleUser.signIn(B);
        assertTrue(again.get(A, "/console/index.xhtml").body().contains("<title>Overview"), "and a new sign-in works on every node");
    }

    /** Last: it stops node A. */
    /**
     * A client application made on A: its key works on B, its completions quota holds exactly with the calls
     * spread over both nodes at once, its usage read through B counts every call of both, and revoking the
     * key on A refuses it on B within a second.
     */
    @Test
    @Order(7)
    void anApplicationsQuotaHoldsExactlyOverBothNodesAndItsKeyEndsEverywhere() throws Exception {
        String name = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(as(request(A, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"owner\":\"Cluster test\",\"contact\":\"ops@example.com\",\"operations\":[\"read\",\"completions\"],"
                        + "\"quotas\":{\"completionsPerDay\":7}}")));
        assertEquals(201, created.statusCode(), created::body);
        String id = json(created).getJsonObject("application").getString("id");
        String key = json(created).getJsonObject("key").getString("key");
        String prefix = json(created).getJsonObject("key").getString("prefix");
        assertEquals(200, waitForStatus(B, key, 200, Duration.ofSeconds(2)), "the key made on A works on B within the refresh");

        int calls = 24;
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            URL node = i % 2 == 0 ? A : B;
            answers.add(callers.submit(() -> {
                start.await();
                return send(request(node, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions")
                        .header("Authorization", "Bearer " + key).header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"content\":\"quota\"}}"))).statusCode();
            }));
        }
        start.countDown();
        int granted = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 200) {
                granted++;
            } else if (status == 429) {
                refused++;
            } else {
                throw new AssertionError("unexpected status " + status);
            }
        }
        callers.shutdown();
        assertEquals(7, granted, "the limit holds for the cluster, not per node");
        assertEquals(calls - 7, refused);

        // Usage through B: both nodes' calls, A's flushed within its interval (5 s).
        JsonObject line = null;
        for (int i = 0; i < 80 && (line == null || line.getInt("calls") != calls); i++) {
            Thread.sleep(250);
            HttpResponse<String> usage = send(as(request(B, "/api/v1/admin/applications/" + id + "/usage"), DevUsers.ADMIN));
            line = jakarta.json.Json.createReader(new java.io.StringReader(usage.body())).readArray().stream()
                    .map(JsonValue::asJsonObject).filter(l -> l.getString("operation").equals("completions")).findFirst().orElse(null);
        }
        assertNotNull(line);
        assertEquals(calls, line.getInt("calls"), line::toString);
        assertEquals(7, line.getInt("completions"), line::toString);
        assertEquals(calls - 7, line.getInt("refused"), line::toString);

        HttpResponse<String> revoked = send(as(request(A, "/api/v1/admin/applications/" + id + "/keys/" + prefix), DevUsers.ADMIN).DELETE());
        assertEquals(204, revoked.statusCode(), revoked::body);
        long revokedAt = System.nanoTime();
        assertEquals(401, waitForStatus(B, key, 401, Duration.ofSeconds(3)));
        long tookMillis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertTrue(tookMillis < 1000, "revoked on A, refused on B after " + tookMillis + " ms");
    }

    /** Calls /me on a node with a key until it answers the status (or the time is up); returns the last status. */
    private static int waitForStatus(URL node, String key, int wanted, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        int status;
        do {
            status = send(request(node, "/api/v1/me").header("Authorization", "Bearer " + key)).statusCode();
            if (status == wanted) {
                return status;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        return status;
    }

    /** Today's count of messages of the web inbox, once both nodes could have counted it; null before the first count. */
    private static Long webMessagesToday() throws Exception {
        try (Connection db = database(); var query = db.prepareStatement("SELECT d.messages FROM inbox_message_count c"
                + " LEFT JOIN inbox_message_day d ON d.inbox_id = c.inbox_id AND d.message_day = ? WHERE c.inbox_id = ? AND c.counted_at IS NOT NULL")) {
            query.setDate(1, java.sql.Date.valueOf(java.time.LocalDate.now()));
            query.setString(2, SimulatorClient.WEB_INBOX);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static Long waitFor(java.util.function.Predicate<Long> wanted, Duration within) throws Exception {
        long end = System.nanoTime() + within.toNanos();
        Long seen = webMessagesToday();
        while (!wanted.test(seen) && System.nanoTime() < end) {
            Thread.sleep(250);
            seen = webMessagesToday();
        }
        return seen;
    }

    @Test
    @Order(8)
    void bothNodesCountingTheInboxesCountEachMessageOnce() throws Exception {
        // Settled: unchanged over two counting rounds of both nodes, so earlier tests' messages are all in.
        Long before = null;
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (long stableSince = System.nanoTime(); System.nanoTime() < end; Thread.sleep(500)) {
            Long now = webMessagesToday();
            if (now == null || !now.equals(before)) {
                before = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(5).toNanos()) {
                break;
            }
        }
        assertNotNull(before, "the web inbox was counted");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> asked = send(as(request(i % 2 == 0 ? A : B, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions"),
                    DevUsers.CLIENT).header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"content\":\"counted once " + i + "\"}}")));
            assertEquals(200, asked.statusCode(), asked::body);
        }
        long after = before + 6; // three new conversations, each a question and its answer
        assertEquals(after, waitFor(n -> n != null && n >= after, Duration.ofSeconds(30)));
        // Both nodes count every 2 s (node-server.xml): over three more rounds nobody counts them again.
        Thread.sleep(7_000);
        assertEquals(after, webMessagesToday());
    }

    @Test
    @Order(9)
    void anOpenAiChatStartedOnNodeAContinuesOnNodeB() {
        String question = "What are your opening hours?";
        JsonObject first = json(send(as(request(A, "/openai/v1/chat/completions"), DevUsers.CLIENT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"support-bot\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question + "\"}]}"))));
        String answer = first.getJsonArray("choices").getJsonObject(0).getJsonObject("message").getString("content");
        String conversation = first.getJsonObject("maiagent").getString("conversation_id");
        HttpResponse<String> second = send(as(request(B, "/openai/v1/chat/completions"), DevUsers.CLIENT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"support-bot\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question
                        + "\"},{\"role\":\"assistant\",\"content\":" + jakarta.json.Json.createValue(answer) + "},{\"role\":\"user\",\"content\":\"And on Sundays?\"}]}")));
        assertEquals(200, second.statusCode(), second::body);
        assertEquals(conversation, json(second).getJsonObject("maiagent").getString("conversation_id"), "node B continued node A's conversation");
    }

    /** A key's end is the database's: issued through A to end in a few seconds, it works on both nodes until then, and after it neither takes it. */
    @Test
    @Order(10)
    void aKeyThatEndsIsRefusedOnBothNodes() throws Exception {
        java.time.Instant end = java.time.Instant.now().plusSeconds(6).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HttpResponse<String> created = send(as(request(A, "/api/v1/admin/applications?keyExpiresAt=" + end), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ending-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"owner\":\"Keys\",\"contact\":\"k@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        String key = json(created).getJsonObject("key").getString("key");
        Thread.sleep(1_500); // node B's directory reads the new key within a second
        for (URL node : List.of(A, B)) {
            assertEquals(200, send(request(node, "/api/v1/me").header("Authorization", "Bearer " + key)).statusCode(), node + " before its end");
        }
        Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), end).toMillis()) + 700);
        for (URL node : List.of(A, B)) {
            HttpResponse<String> refused = send(request(node, "/api/v1/me").header("Authorization", "Bearer " + key));
            assertEquals(401, refused.statusCode(), node + " after its end: " + refused.body());
            assertTrue(refused.body().contains("urn:maiagent-gateway:problem:key-expired"), refused.body());
        }
    }

    /**
     * An application's calls alternate between the nodes past 80% and 100% of its quota, so both nodes see both
     * levels crossed: each level is told once, by whichever node stored it first, and each delivery goes out once.
     */
    @Test
    @Order(11)
    void anAlertBothNodesSeeIsToldOnce() throws Exception {
        try (AlertReceiver receiver = new AlertReceiver()) {
            HttpResponse<String> added = send(as(request(A, "/api/v1/admin/alerts/recipients"), DevUsers.ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"webhook\",\"address\":\"" + receiver.url() + "\"}")));
            assertEquals(201, added.statusCode(), added::body);
            receiver.secret(json(added).getString("signingSecret"));
            long recipient = json(added).getJsonObject("recipient").getJsonNumber("id").longValue();
            try {
                String name = "both-nodes-" + UUID.randomUUID().toString().substring(0, 8);
                HttpResponse<String> created = send(as(request(A, "/api/v1/admin/applications"), DevUsers.ADMIN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"owner\":\"Alerts\",\"contact\":\"a@example.com\","
                                + "\"operations\":[\"read\"],\"quotas\":{\"requestsPerMinute\":10}}")));
                assertEquals(201, created.statusCode(), created::body);
                String key = json(created).getJsonObject("key").getString("key");
                Thread.sleep(2_000); // node B's key directory takes the new key within a second
                // Twelve calls in one minute's window: A and B in turn, each node past both levels.
                if (java.time.Instant.now().atZone(java.time.ZoneOffset.UTC).getSecond() > 45) {
                    Thread.sleep((61 - java.time.Instant.now().atZone(java.time.ZoneOffset.UTC).getSecond()) * 1000L);
                }
                String conversation = SimulatorClient.seeded("conversation-1");
                for (int call = 1; call <= 12; call++) {
                    HttpResponse<String> answer = send(request(call % 2 == 1 ? A : B, "/api/v1/conversations/" + conversation)
                            .header("Authorization", "Bearer " + key));
                    assertEquals(call <= 10 ? 200 : 429, answer.statusCode(), "call " + call + ": " + answer.body());
                }
                long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (about(receiver, name).size() < 2 && System.nanoTime() < end) {
                    Thread.sleep(200);
                }
                // Both nodes' senders look every 5 s: another round, and nothing is told twice.
                Thread.sleep(6_000);
                List<AlertReceiver.Taken> told = about(receiver, name);
                assertEquals(List.of("80%", "100%"), told.stream().map(t -> t.alert().getString("subject").replaceAll(".* (\\d+%) .*", "$1"))
                        .sorted(java.util.Comparator.comparing(l -> Integer.parseInt(l.replace("%", "")))).toList(), told::toString);
                assertTrue(told.stream().allMatch(AlertReceiver.Taken::signatureHolds), told::toString);
                try (Connection db = database(); java.sql.PreparedStatement alerts = db.prepareStatement(
                        "SELECT COUNT(*) FROM alert WHERE subject LIKE ?")) {
                    alerts.setString(1, name + " %");
                    try (java.sql.ResultSet rows = alerts.executeQuery()) {
                        rows.next();
                        assertEquals(2, rows.getInt(1), "alerts stored for " + name);
                    }
                }
            } finally {
                send(as(request(B, "/api/v1/admin/alerts/recipients/" + recipient), DevUsers.ADMIN).DELETE());
            }
        }
    }

    private static List<AlertReceiver.Taken> about(AlertReceiver receiver, String application) {
        return receiver.taken().stream().filter(t -> t.alert().getString("subject").startsWith(application + " ")).toList();
    }

    @Test
    @Order(100)
    void aClientWhoseNodeStopsResumesOnTheOtherWithNothingMissedAndNothingTwice() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String lastEventId;
        try (EventStream onA = replies(A, conversation, null)) {
            assertEquals(200, deliver(B, first, conversation, "before").statusCode());
            EventStream.Event seen = onA.next("reply", Duration.ofSeconds(10));
            assertNotNull(seen);
            assertEquals(first, seen.json().getString("id"));
            lastEventId = seen.id();

            long asked = System.nanoTime();
            Process stopping = stop("nodeA");
            // Its streams end at the latest when the HTTP chain's 10-s quiesce is over (liberty/gateway.xml), not after
            // Liberty's default 30 s; the bound leaves room for `server stop`'s own JVM to start and reach the server.
            assertTrue(onA.endsWithin(Duration.ofSeconds(20)), "node A ends its open stream within 20 s of being told to stop");
            System.out.printf("node A's stream ended %d ms after `server stop`%n", (System.nanoTime() - asked) / 1_000_000);
            String said = new String(stopping.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, stopping.waitFor(), said);
            List<String> whileDown = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String id = UUID.randomUUID().toString();
                whileDown.add(id);
                assertEquals(200, deliver(B, id, conversation, "while A is down " + i).statusCode());
            }

            try (EventStream onB = replies(B, conversation, lastEventId)) {
                assertEquals(whileDown, repliesWithin(onB, Duration.ofSeconds(3)), "resumed on B: the missed ones, once each, in order");
            }
        }
    }

    private static Process stop(String node) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("wlp.home"), "bin", "server").toString(), "stop", node)
                .redirectErrorStream(true).start();
    }

    /** A console user signed in through the console's own form, with its cookies, on any node. */
    static final class ConsoleUser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        static ConsoleUser signIn(URL node) throws Exception {
            ConsoleUser user = new ConsoleUser();
            String page = user.get(node, "/login.xhtml").body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
            assertTrue(state.find(), "the sign-in form carries a view state field");
            HttpResponse<String> login = user.post(node, "/login.xhtml",
                    "signIn=signIn&signIn_SUBMIT=1&signIn%3Auser=" + URLEncoder.encode(DevUsers.ADMIN.user(), StandardCharsets.UTF_8)
                            + "&signIn%3Apassword=" + URLEncoder.encode(DevUsers.ADMIN.password(), StandardCharsets.UTF_8)
                            + "&signIn%3AreturnTo=&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
            assertEquals(302, login.statusCode(), login::body);
            return user;
        }

        /** The sign-in token, for a request that does not go through this user's client (an event stream). */
        HttpRequest.Builder request(URL node, String path) {
            return request(node, path, token());
        }

        String token() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("MaiAgentConsole"))
                    .findFirst().orElseThrow().getValue();
        }

        static HttpRequest.Builder request(URL node, String path, String token) {
            return com.maiagentgateway.it.Http.request(node, path).header("Cookie", "MaiAgentConsole=" + token);
        }

        HttpResponse<String> get(URL node, String path) throws Exception {
            return browser.send(com.maiagentgateway.it.Http.request(node, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URL node, String path, String form) throws Exception {
            return browser.send(com.maiagentgateway.it.Http.request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
