package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.ServerJvm;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.SimulatorOverrides;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A hundred callers leave streamed completions mid-reply: every relay ends, every call to MaiAgent
 * is closed (the simulator stops writing), and no gateway thread is left working on them.
 */
@SimulatorOverrides("stream-delay-ms=1000")
class StreamCleanupIT extends CallingTheGateway {

    static final int CLIENTS = 100;
    /** The API, services and client layer; the simulator's own threads are watched through its open-stream count. */
    static final List<String> GATEWAY_CODE = List.of("com.maiagentgateway.api.", "com.maiagentgateway.service.", "com.maiagentgateway.upstream.");
    /** One per JDK HttpClient instance (its worker threads are a cached pool that idles out on its own). */
    static final String HTTP_CLIENT_SELECTOR = "HttpClient-";

    /** When the last of the callers had its first two pieces. */
    volatile Instant allStreamingAt;

    @Test
    void aHundredCallersLeavingMidReplyLeaveNothingBehind() throws Exception {
        SimulatorClient simulator = new SimulatorClient(gateway);
        HttpClient callers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        try (ServerJvm server = ServerJvm.connect()) {
            readTwoEventsAndLeave(callers, new CountDownLatch(1)); // warm-up: classes, pools and the upstream client exist before the baseline
            awaitNoOpenStreams(simulator, Duration.ofSeconds(10));
            int threadsBefore = server.threadCount();
            long clientsBefore = server.threadsNamed(HTTP_CLIENT_SELECTOR, "-SelectorManager");
            Instant start = Instant.now();

            // Each caller leaves once all are mid-reply, so the hundred streams are open at once.
            CountDownLatch allStreaming = new CountDownLatch(CLIENTS);
            List<CompletableFuture<Integer>> leaving = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                leaving.add(CompletableFuture.supplyAsync(() -> readTwoEventsAndLeave(callers, allStreaming)));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(leaving.toArray(CompletableFuture[]::new));
            int peakOpen = 0;
            while (!all.isDone()) {
                peakOpen = Math.max(peakOpen, openStreams(simulator));
                Thread.sleep(20);
            }
            for (CompletableFuture<Integer> caller : leaving) {
                assertEquals(2, caller.get());
            }
            long left = System.nanoTime();

            awaitNoOpenStreams(simulator, Duration.ofSeconds(15));
            long closedAfterMillis = (System.nanoTime() - left) / 1_000_000;
            long working = waitForNoThreadsIn(server, GATEWAY_CODE, Duration.ofSeconds(5));
            int threadsAfter = server.threadCount();
            long clientsAfter = server.threadsNamed(HTTP_CLIENT_SELECTOR, "-SelectorManager");
            long abandoned = abandonedSince(start);
            System.out.printf("STREAM CLEANUP: %d callers all streaming %d ms after the first started, then left mid-reply (%d MaiAgent streams open at the peak sample);"
                            + " all MaiAgent streams closed %d ms after the last caller left; threads in gateway code afterwards %d;"
                            + " JDK HttpClient instances %d before, %d after; server threads %d before, %d after (idle pool threads: %s);"
                            + " %d relays audited as ClientGone%n",
                    CLIENTS, Duration.between(start, allStreamingAt).toMillis(), peakOpen, closedAfterMillis, working, clientsBefore, clientsAfter, threadsBefore, threadsAfter,
                    server.threadNamesByPool(), abandoned);

            assertEquals(CLIENTS, peakOpen, "the callers were not all streaming at the same time");
            assertEquals(0, openStreams(simulator), "calls to MaiAgent still open");
            assertEquals(0, working, "gateway threads still relaying");
            // At most as many: a client of a second gateway another test deployed and removed may idle out meanwhile.
            assertTrue(clientsAfter <= clientsBefore, "upstream HTTP clients were created and left running: " + clientsBefore + " before, " + clientsAfter + " after");
            assertEquals(CLIENTS, abandoned, "each abandoned relay ends and is audited");
        }
    }

    /** Opens a streamed completion, reads two deltas, waits for the others to get as far, and closes the connection. */
    private Integer readTwoEventsAndLeave(HttpClient callers, CountDownLatch allStreaming) {
        HttpRequest request = as(request(gateway, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions"), DevUsers.CLIENT)
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/event-stream").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"content\":\"A question whose answer takes a long while to stream\"}}"))
                .build();
        try {
            HttpResponse<InputStream> response = callers.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int deltas = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; deltas < 2 && (line = lines.readLine()) != null; ) {
                    if (line.equals("event: delta") || line.equals("event:delta")) {
                        deltas++;
                    }
                }
                allStreaming.countDown();
                if (allStreaming.getCount() == 0) {
                    allStreamingAt = Instant.now();
                }
                allStreaming.await(60, TimeUnit.SECONDS);
            }
            return deltas;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int openStreams(SimulatorClient simulator) {
        return json(send(simulator.at("/control/open-streams/"))).getInt("open");
    }

    private static void awaitNoOpenStreams(SimulatorClient simulator, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (openStreams(simulator) > 0 && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(50);
        }
    }

    private static long waitForNoThreadsIn(ServerJvm server, List<String> classPrefixes, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long busy;
        while ((busy = server.threadsRunning(classPrefixes)) > 0 && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(100);
        }
        return busy;
    }

    /** Streamed completions audited as ended by the caller leaving, since {@code start}. */
    private long abandonedSince(Instant start) throws InterruptedException {
        long count = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            JsonObject page = json(send(as(request(gateway, "/api/v1/audit?pageSize=200&action=completion.stream"), DevUsers.ADMIN)));
            count = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(a -> Instant.parse(a.getString("occurredAt")).isAfter(start))
                    .filter(a -> a.getString("outcome").equals("FAILURE") && a.getString("detail", "").contains("ClientGone"))
                    .count();
            if (count >= CLIENTS) {
                break;
            }
            Thread.sleep(100);
        }
        return count;
    }

    /**
     * One caller cannot take the node: its reply streams stop at its cap (20 on the test server,
     * src/test/liberty/test-server.xml; 100 by default) with a 429 problem, another caller still opens one, and a
     * stream its client closes gives its place back once the gateway finds it closed (at the next heartbeat, 2 s here).
     */
    @Test
    void oneCallersStreamsStopAtItsCapAndOthersGoOn() throws Exception {
        String name = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"owner\":\"Load\",\"contact\":\"load@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        String key = json(created).getJsonObject("key").getString("key");
        String conversation = SimulatorClient.seeded("conversation-1");
        java.util.function.Supplier<HttpRequest.Builder> replies = () -> request(gateway, "/api/v1/conversations/" + conversation + "/replies")
                .header("Authorization", "Bearer " + key).header("Accept", "text/event-stream");
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                open.add(EventStream.open(replies.get()));
            }
            Answer refused = openOrRefused(replies.get());
            assertEquals(429, refused.status(), refused.body());
            assertTrue(refused.body().contains("urn:maiagent-gateway:problem:too-many-streams"), refused.body());
            assertEquals(200, openOrRefused(as(request(gateway, "/api/v1/conversations/" + conversation + "/replies"), DevUsers.CLIENT)).status(),
                    "another caller still opens one");

            open.remove(0).close();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            Answer again;
            do {
                Thread.sleep(500);
                again = openOrRefused(replies.get());
            } while (again.status() == 429 && System.nanoTime() < deadline);
            assertEquals(200, again.status(), "a closed stream gave its place back: " + again.body());
        } finally {
            for (EventStream stream : open) {
                stream.close();
            }
        }
    }

    record Answer(int status, String body) {
    }

    /** Opens an event stream and hangs up at once (200), or reads the refusal it got instead. */
    private static Answer openOrRefused(HttpRequest.Builder request) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return new Answer(response.statusCode(), response.statusCode() == 200 ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
