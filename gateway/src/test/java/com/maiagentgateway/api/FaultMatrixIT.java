package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.GatewayWar;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.SimulatorOverrides;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every MaiAgent call the API makes, times every fault the simulator injects, seen as a caller of
 * the API sees it: the status, the problem type, {@code Retry-After}, how long the answer took
 * (bounded per call, not multiplied per try), and the circuit breaker's state after (one failing
 * call never opens it; repeated failures do, and then MaiAgent is not asked until it recovers).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@SimulatorOverrides("stream-delay-ms=0")
class FaultMatrixIT {

    static final int READ_TIMEOUT_MS = 1500;
    static final int BREAKER_DELAY_MS = 1000;

    @Deployment(testable = false)
    static WebArchive gateway() {
        List<String> config = new ArrayList<>(List.of(
                "maiagent.read-timeout-ms", String.valueOf(READ_TIMEOUT_MS),
                "maiagent.storage.timeout-ms", String.valueOf(READ_TIMEOUT_MS)));
        for (String facade : List.of("MaiAgentConversations", "MaiAgentRecords", "MaiAgentCompletions", "MaiAgentAttachments")) {
            config.addAll(List.of("com.maiagentgateway.upstream." + facade + "/CircuitBreaker/delay", String.valueOf(BREAKER_DELAY_MS)));
        }
        return GatewayWar.withConfig(GatewayWar.named("faults"), config.toArray(String[]::new));
    }

    @ArquillianResource
    URL gateway;

    /** How an operation answers: a JSON body, an event stream, or a file streamed through. */
    enum Shape { JSON, EVENTS, DOWNLOAD }

    /** An API operation, the simulator endpoint it calls, and whether that call is a write (never retried once answered). */
    record Operation(String name, String endpoint, boolean write, Shape shape, int okStatus, Supplier<HttpRequest.Builder> request) {
    }

    /** What a caller must get: status, problem kind, Retry-After (null: none asserted), and the time bound in ms. */
    record Expected(int status, String kind, String retryAfter, long withinMillis) {
    }

    /** What a caller got. */
    record Answer(int status, String kind, String retryAfter, long tookMillis, String body) {
    }

    static final List<String> FAULTS = List.of("latency=4000", "status=500", "status=502", "status=503",
            "status=429,retry-after=1", "drop", "malformed", "cut-after=2");

    private HttpRequest.Builder api(String path) {
        return as(request(gateway, "/api/v1" + path), DevUsers.ADMIN);
    }

    private static HttpRequest.Builder postJson(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private List<Operation> operations() {
        String conversation = SimulatorClient.seeded("conversation-1");
        String message = json(send(api("/conversations/" + conversation + "/messages?pageSize=1")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String range = "?startDate=" + today.minusDays(30) + "&endDate=" + today;
        String bot = "/chatbots/" + SimulatorClient.SUPPORT_BOT;
        byte[] png = seed("seed-screenshot.png");
        Supplier<HttpRequest.Builder> upload = () -> new Multipart().file("file", "screen.png", "image/png", png).post(api("/attachments"));
        String ask = "{\"message\":{\"content\":\"Is there a student discount?\"}}";
        return List.of(
                new Operation("list conversations", "conversations", false, Shape.JSON, 200,
                        () -> api("/conversations?inbox=" + SimulatorClient.WEB_INBOX + "&pageSize=5")),
                new Operation("read a conversation", "conversations", false, Shape.JSON, 200, () -> api("/conversations/" + conversation)),
                new Operation("start a conversation", "conversations", true, Shape.JSON, 201,
                        () -> postJson(api("/conversations"), "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}")),
                new Operation("list messages", "messages", false, Shape.JSON, 200, () -> api("/conversations/" + conversation + "/messages?pageSize=5")),
                new Operation("read a message", "messages", false, Shape.JSON, 200, () -> api("/conversations/" + conversation + "/messages/" + message)),
                new Operation("send a message", "messages", true, Shape.JSON, 201,
                        () -> postJson(api("/conversations/" + conversation + "/messages"), "{\"content\":\"fault matrix\"}")),
                new Operation("list a conversation's attachments", "messages", false, Shape.JSON, 200,
                        () -> api("/conversations/" + conversation + "/attachments")),
                new Operation("list records", "records", false, Shape.JSON, 200, () -> api(bot + "/records" + range + "&pageSize=5")),
                new Operation("export records", "export-excel", false, Shape.DOWNLOAD, 200, () -> api(bot + "/records/export" + range)),
                new Operation("read the file specs", "allowed-file-specs", false, Shape.JSON, 200, () -> api("/attachments/specs")),
                new Operation("upload: presign", "upload-presigned-url", false, Shape.JSON, 201, upload),
                new Operation("upload: store", "storage", true, Shape.JSON, 201, upload),
                new Operation("upload: register", "attachments", true, Shape.JSON, 201, upload),
                new Operation("complete", "completions", true, Shape.JSON, 200,
                        () -> postJson(api(bot + "/completions"), ask).header("Accept", "application/json")),
                new Operation("complete, streamed", "completions", true, Shape.EVENTS, 200,
                        () -> postJson(api(bot + "/completions"), ask)));
    }

    /** The policy the README states, per fault; a read is asked again when the failure may pass, a write is not. */
    static Expected expected(Operation op, String fault) {
        // A retried read waits 200 ± 100 ms between its three tries; one try is fast.
        long oneTry = 1500;
        long retried = op.write() ? oneTry : 2500;
        return switch (fault) {
            // one try cut at the read timeout: a silence is never asked again
            case "latency=4000" -> new Expected(504, "upstream-timeout", null, READ_TIMEOUT_MS + 1700);
            case "status=500" -> new Expected(502, "upstream-error", null, oneTry);
            case "status=502", "status=503" -> new Expected(503, "upstream-unavailable", null, retried);
            // a read waits out a short Retry-After before each try; a write hands it to the caller at once
            case "status=429,retry-after=1" -> new Expected(429, "upstream-throttled", "1", op.write() ? oneTry : 3 * 1000 + retried);
            case "drop" -> new Expected(503, "upstream-unavailable", null, retried);
            case "malformed" -> new Expected(502, "upstream-error", null, oneTry);
            case "cut-after=2" -> new Expected(502, "upstream-error", null, oneTry);
            default -> throw new IllegalArgumentException(fault);
        };
    }

    /** Faults that make no sense for an operation: a cut stream only for streams. */
    static boolean applies(Operation op, String fault) {
        if (fault.startsWith("cut-after")) {
            return op.shape() == Shape.EVENTS;
        }
        // The storage's answer body is never read (a 2xx is all it needs to say): nothing to be malformed.
        return !(fault.equals("malformed") && op.endpoint().equals("storage"));
    }

    private final SimulatorClientControl control = new SimulatorClientControl();

    @AfterEach
    void disarm() {
        control.disarm();
    }

    /**
     * Which simulator endpoints an operation's call reaches: operations that share none are tried at the same time
     * (each arms and disarms only its own endpoints), those that share one in turn. An upload reads the file specs first.
     */
    static String family(Operation op) {
        return switch (op.endpoint()) {
            case "allowed-file-specs", "upload-presigned-url", "storage", "attachments" -> "attachments";
            default -> op.endpoint();
        };
    }

    /** Runs each family of operations on its own thread (four at a time), the operations of a family in turn. */
    private void byFamily(List<Operation> operations, java.util.function.Consumer<Operation> check) {
        java.util.Map<String, List<Operation>> families = new java.util.LinkedHashMap<>();
        operations.forEach(op -> families.computeIfAbsent(family(op), f -> new ArrayList<>()).add(op));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            // The largest families first, so the last to start is not the longest.
            families.values().stream().sorted(java.util.Comparator.comparingInt((List<Operation> f) -> f.size()).reversed())
                    .forEach(family -> done.add(threads.submit(() -> family.forEach(check))));
            for (java.util.concurrent.Future<?> each : done) {
                each.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyMaiAgentCallTimesEveryFaultAnswersAsDocumentedWithinItsBoundAndLeavesTheBreakerClosed() {
        List<Operation> operations = operations();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
        byFamily(operations, op -> {
            for (String fault : FAULTS) {
                if (!applies(op, fault)) {
                    continue;
                }
                tried.incrementAndGet();
                String what = op.name() + " × " + fault;
                control.arm(op.endpoint(), fault);
                Answer answer = call(op);
                control.disarm(op.endpoint());
                Expected expected = expected(op, fault);
                if (answer.status() != expected.status() || !("urn:maiagent-gateway:problem:" + expected.kind()).equals(answer.kind())) {
                    failures.add(what + ": expected " + expected.status() + " " + expected.kind() + ", got " + answer.status() + " " + answer.kind() + " " + answer.body());
                } else if (expected.retryAfter() != null && !expected.retryAfter().equals(answer.retryAfter())) {
                    failures.add(what + ": Retry-After " + answer.retryAfter() + ", expected " + expected.retryAfter());
                } else if (answer.tookMillis() > expected.withinMillis()) {
                    failures.add(what + ": took " + answer.tookMillis() + " ms, bound " + expected.withinMillis() + " ms");
                }
                // The breaker after one failing call: still closed, MaiAgent is asked and answers.
                Answer after = call(op);
                if (after.status() != op.okStatus()) {
                    failures.add(what + ": the next call, without the fault, got " + after.status() + " " + after.kind() + " (breaker opened by one call?)");
                }
                // Successes push the failures out of the breaker's window, so that each case starts alike.
                for (int i = 0; i < 4; i++) {
                    call(op);
                }
            }
        });
        int cases = tried.get();
        System.out.println("FaultMatrixIT: " + cases + " faults injected into " + operations.size() + " MaiAgent calls, "
                + (cases - failures.size()) + " answered as documented");
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + cases + " not as documented:\n" + String.join("\n", failures));
    }

    /** Each breaker (one per MaiAgent call, per node) opens on repeated 503s, then spares MaiAgent, then closes again. */
    @Test
    void repeatedFailuresOpenEachBreakerWhichSparesMaiAgentThenClosesAgain() {
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
        List<Operation> operations = operations().stream()
                // the upload's calls share the upload operation; "register" stands for them
                .filter(op -> !op.endpoint().equals("storage") && !op.endpoint().equals("upload-presigned-url")).toList();
        byFamily(operations, op -> {
            tried.incrementAndGet();
            control.arm(op.endpoint(), "status=503", 1000);
            Answer open = null;
            int calls = 0;
            while (calls < 12) {
                calls++;
                Answer answer = call(op);
                if (answer.body().contains("pauses calls")) {
                    open = answer;
                    break;
                }
            }
            if (open == null) {
                failures.add(op.name() + ": the breaker did not open after " + calls + " calls meeting 503");
                control.disarm(op.endpoint());
                return;
            }
            int remaining = control.remaining(op.endpoint());
            Answer spared = call(op);
            boolean hinted = op.shape() == Shape.EVENTS || spared.retryAfter() != null;
            if (control.remaining(op.endpoint()) != remaining || spared.status() != 503 || !hinted) {
                failures.add(op.name() + ": while open, MaiAgent was asked or the answer was " + spared.status() + " Retry-After " + spared.retryAfter());
            }
            control.disarm(op.endpoint());
            try {
                Thread.sleep(BREAKER_DELAY_MS + 300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Answer first = call(op);
            Answer second = call(op);
            if (first.status() != op.okStatus() || second.status() != op.okStatus()) {
                failures.add(op.name() + ": after the delay the breaker let calls through: " + first.status() + ", " + second.status());
            }
        });
        System.out.println("FaultMatrixIT: " + tried.get() + " breakers opened by repeated 503s, " + (tried.get() - failures.size())
                + " spared MaiAgent and closed again");
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    private Answer call(Operation op) {
        long start = System.nanoTime();
        return switch (op.shape()) {
            case JSON -> {
                HttpResponse<String> response = send(op.request().get());
                yield answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null), start);
            }
            case DOWNLOAD -> download(op, start);
            case EVENTS -> stream(op, start);
        };
    }

    private Answer answer(int status, String body, String retryAfter, long start) {
        long took = (System.nanoTime() - start) / 1_000_000;
        if (status < 400) {
            return new Answer(status, null, retryAfter, took, "");
        }
        assertNoStackTrace(body);
        try {
            JsonObject problem = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
            return new Answer(status, problem.getString("type", null), retryAfter, took, body);
        } catch (jakarta.json.JsonException notJson) {
            return new Answer(status, "not a problem", retryAfter, took, body);
        }
    }

    /** A download that fails after its first bytes cannot become a problem; the caller must see it broken, not complete. */
    private Answer download(Operation op, long start) {
        HttpResponse<InputStream> response = Http.sendForStream(op.request().get());
        try (InputStream body = response.body()) {
            byte[] bytes = body.readAllBytes();
            String type = Http.contentType(response);
            if (response.statusCode() == 200 && !type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
                return new Answer(-1, "a 200 of " + type, null, (System.nanoTime() - start) / 1_000_000, new String(bytes));
            }
            return answer(response.statusCode(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                    response.headers().firstValue("Retry-After").orElse(null), start);
        } catch (IOException broken) {
            return new Answer(-1, "a broken download", null, (System.nanoTime() - start) / 1_000_000, String.valueOf(broken));
        }
    }

    /** A stream's failure is its {@code error} event, carrying the problem. */
    private Answer stream(Operation op, long start) {
        try (EventStream events = EventStream.open(op.request().get())) {
            for (EventStream.Event e; (e = events.next(Duration.ofSeconds(20))) != null; ) {
                if (e.name().equals("done")) {
                    return new Answer(200, null, null, (System.nanoTime() - start) / 1_000_000, "");
                }
                if (e.name().equals("error")) {
                    JsonObject problem = e.json();
                    String retryAfter = problem.containsKey("retryAfter") ? problem.get("retryAfter").toString() : null;
                    return new Answer(problem.getInt("status"), problem.getString("type", null), retryAfter,
                            (System.nanoTime() - start) / 1_000_000, e.data());
                }
            }
            return new Answer(-1, "no done or error event", null, (System.nanoTime() - start) / 1_000_000, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] seed(String name) {
        try (InputStream in = FaultMatrixIT.class.getResourceAsStream("/com/maiagentgateway/simulator/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simulator's fault switches on the test server. */
    static final class SimulatorClientControl {

        private final SimulatorClient simulator = SimulatorClient.onTestServer();

        void arm(String endpoint, String fault) {
            arm(endpoint, fault, 0);
        }

        void arm(String endpoint, String fault, int times) {
            HttpResponse<String> armed = send(SimulatorClient.json(simulator.at("/control/faults/"),
                    "{\"endpoint\":\"" + endpoint + "\",\"fault\":\"" + fault + "\",\"times\":" + times + "}"));
            assertEquals(201, armed.statusCode(), armed::body);
        }

        int remaining(String endpoint) {
            JsonObject armed = json(send(simulator.at("/control/faults/")));
            return armed.containsKey(endpoint) ? armed.getJsonObject(endpoint).getInt("remaining") : 0;
        }

        void disarm() {
            send(simulator.at("/control/faults/").DELETE());
        }

        void disarm(String endpoint) {
            send(simulator.at("/control/faults/" + endpoint + "/").DELETE());
        }
    }
}
