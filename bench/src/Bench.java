import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the gateway costs, side by side in one run against one fast upstream: direct, through
 * nginx's proxy_pass, through the gateway. Started by bench/run, which brings up the three and
 * passes where they are as system properties; prints a Markdown report and writes it to a file.
 */
public final class Bench implements OpenAiSurface.Report {

    private static final String GATEWAY = System.getProperty("gateway");
    private static final String UPSTREAM = System.getProperty("upstream");
    private static final String NGINX = System.getProperty("nginx");
    private static final String SIMULATOR = System.getProperty("simulator");
    /** Bare JAX-RS relays to the upstream, deployed beside the gateway on its server (bench/relay-floor). */
    private static final String RELAY = System.getProperty("relay");
    /** The gateway's calls on its platform facilities alone, deployed beside it (bench/platform-floor), and its caller's key. */
    private static final String PLATFORM = System.getProperty("platform");
    private static final String PLATFORM_BEARER = "Bearer " + System.getProperty("platform.key");
    /** Portkey's AI gateway in its proxy mode (absent when npm was not there to install it). */
    private static final String PORTKEY = System.getProperty("portkey", "");
    private static final String PORTKEY_VERSION = System.getProperty("portkey.version", "");
    private static final String CONVERSATION = System.getProperty("conversation");
    private static final String CHATBOT = System.getProperty("chatbot");
    /** The platform floor's streamed completion (sections 2 and 3). */
    private static final URI PLATFORM_COMPLETIONS = URI.create(PLATFORM + "/api/v1/chatbots/" + CHATBOT + "/completions");
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(System.getProperty("basic").getBytes(StandardCharsets.UTF_8));
    private static final String KEY = "Api-Key " + System.getProperty("apikey");
    /** A client application's key (no quotas): the gateway authenticates it without a server login. */
    private static final String BEARER = "Bearer " + System.getProperty("bearer");
    /** Another application's key, with a requests-per-minute quota every call takes from (never reached). */
    private static final String BEARER_QUOTA = "Bearer " + System.getProperty("bearerquota");
    private static final String SIMULATOR_KEY = "Api-Key " + System.getProperty("simulatorkey");
    /** Another commit's gateway on its own server, for section 1's before and after (empty: not measured). */
    private static final String BASELINE = System.getProperty("baseline", "");
    private static final String BASELINE_BEARER = "Bearer " + System.getProperty("baseline.bearer", "");
    private static final int SECONDS = Integer.getInteger("seconds", 8);
    /** The synchronous calls measured: name, MaiAgent's path (direct, nginx, Portkey), the gateway's path. */
    private static final String[][] SYNC_CALLS = {
            {"conversation get", "/api/v1/conversations/" + CONVERSATION + "/", "/api/v1/conversations/" + CONVERSATION},
            {"message list", "/api/v1/messages/?conversation=" + CONVERSATION + "&pageSize=20",
                    "/api/v1/conversations/" + CONVERSATION + "/messages?pageSize=20"}};
    private static final String COMPLETION_BODY = "{\"message\":{\"content\":\"How fast is the gateway?\"},\"is_streaming\":true}";

    private final StringBuilder report = new StringBuilder();
    private final GatewayJvm gatewayJvm = new GatewayJvm(Long.getLong("pid"));
    private final List<String> targets = new ArrayList<>();
    /** Cells some of whose answers were errors: printed after their table, since their figures are not the path's. */
    private final List<String> cellErrors = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Bench().run(Path.of(System.getProperty("results", "bench/results")));
    }

    private void run(Path results) throws Exception {
        line("# MaiAgent Gateway benchmark");
        line("");
        line(System.getProperty("about", ""));
        line("");
        String sections = System.getProperty("sections", "1,2,3,4,5,6");
        if (sections.contains("1")) {
            synchronousCalls();
            if (!BASELINE.isEmpty()) {
                beforeAndAfter();
            }
            quotaCheck();
            portkeyPeer();
        }
        if (sections.contains("2")) {
            streamingDelay();
        }
        if (sections.contains("3")) {
            concurrentStreams();
        }
        if (sections.contains("4")) {
            uploads();
        }
        if (sections.contains("5")) {
            keyCheck(Path.of(System.getProperty("keycheck")));
        }
        if (sections.contains("6")) {
            new OpenAiSurface(this, GATEWAY, UPSTREAM, PORTKEY, CHATBOT, BEARER, SECONDS)
                    .withBaseline(BASELINE, BASELINE_BEARER, System.getProperty("baseline.commit", "")).run();
        }
        line("## Targets");
        line("");
        targets.forEach(t -> line("- " + t));
        Files.createDirectories(results);
        Files.writeString(results.resolve("latest.md"), report);
        System.out.println("\nwritten to " + results.resolve("latest.md"));
    }

    private void synchronousCalls() throws Exception {
        line("## 1. Synchronous calls (wrk, " + SECONDS + " s per cell, closed loop)");
        line("");
        line("Latency p50 / p99 in ms; throughput in requests/s. *Added* is the gateway's minus direct. *Liberty floor*: "
                + "the built-in simulator answering the same request on the same server (a JAX-RS resource that builds the answer "
                + "from memory: no login, no call out); roughly what any JAX-RS application on this Liberty pays. Its message list "
                + "pages and filters its store, so it can be slower than the gateway relaying a recorded page. "
                + "*Relay floors*: a bare JAX-RS relay on the same server (`bench/relay-floor`) making the same call to the upstream "
                + "on the request thread and answering its bytes (no login, no validation, no mapping, no metrics of its own), "
                + "*blocking* through the JDK's `HttpURLConnection` (the least any relay on this Liberty pays), *Rest Client* "
                + "through MicroProfile Rest Client as the gateway calls MaiAgent. "
                + "*Platform floor*: the gateway's call built on the platform facilities the product is made of and nothing more "
                + "(`bench/platform-floor`): a Bearer key checked by a Jakarta Security mechanism, `@RolesAllowed`, Bean Validation "
                + "of the path, Fault Tolerance's retry and circuit breaker, MicroProfile Rest Client, JSON-B reading MaiAgent's "
                + "answer into records and writing them back; no key directory, usage, quotas, variants, problem answers or audit. "
                + "*gateway (Basic)*: a registry user, whose password the server's registry checks and the gateway then remembers for 30 s (`maiagent.security.verified-password-seconds`; no server login, no token); "
                + "*gateway (key)*: a client application's Bearer key, checked against the node's key directory, no server login, "
                + "usage counted and quota headers computed (the application has no quota).");
        line("");
        line("| call | clients | direct | nginx | Liberty floor | relay floor: blocking | relay floor: Rest Client | platform floor | gateway (Basic) | gateway (key) | key − Basic p50 "
                + "| req/s direct | req/s nginx | req/s Liberty floor | req/s relay: blocking | req/s relay: Rest Client | req/s platform floor | req/s gateway (Basic) | req/s gateway (key) "
                + "| blocking relay ÷ Liberty floor | Rest Client relay ÷ Liberty floor | platform floor ÷ Liberty floor | key ÷ Liberty floor "
                + "| key ÷ Rest Client relay | key ÷ platform floor |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String[] call : SYNC_CALLS) {
            // Warm-up, alike for each server path measured, so no column carries another's JIT or pool growth. 30 s, as
            // for the baseline below: after 10 s the gateway's longer path was still compiling (on 2026-12-06 its key
            // cell at 16 clients read 1,969 req/s here and 3,929 in the same run's before-and-after table).
            Wrk.run(SIMULATOR + call[1], 16, 30, SIMULATOR_KEY);
            Wrk.run(RELAY + "/blocking" + call[1], 16, 30, KEY);
            Wrk.run(RELAY + "/rest-client" + call[1], 16, 30, KEY);
            Wrk.run(PLATFORM + call[2], 16, 30, PLATFORM_BEARER);
            Wrk.run(GATEWAY + call[2], 16, 30, BASIC);
            Wrk.run(GATEWAY + call[2], 16, 30, BEARER);
            for (int clients : new int[] {1, 16, 64}) {
                Wrk.Result direct = Wrk.run(UPSTREAM + call[1], clients, SECONDS, KEY);
                Wrk.Result nginx = Wrk.run(NGINX + call[1], clients, SECONDS, KEY);
                Wrk.Result floor = Wrk.run(SIMULATOR + call[1], clients, SECONDS, SIMULATOR_KEY);
                Wrk.Result blocking = Wrk.run(RELAY + "/blocking" + call[1], clients, SECONDS, KEY);
                Wrk.Result restClient = Wrk.run(RELAY + "/rest-client" + call[1], clients, SECONDS, KEY);
                Wrk.Result platform = Wrk.run(PLATFORM + call[2], clients, SECONDS, PLATFORM_BEARER);
                Wrk.Result gateway = Wrk.run(GATEWAY + call[2], clients, SECONDS, BASIC);
                Wrk.Result keyed = Wrk.run(GATEWAY + call[2], clients, SECONDS, BEARER);
                warnOnErrors("gateway (Basic)", call[0], clients, gateway);
                warnOnErrors("gateway (key)", call[0], clients, keyed);
                warnOnErrors("relay floor", call[0], clients, blocking, restClient);
                warnOnErrors("platform floor", call[0], clients, platform);
                double ofFloor = keyed.requestsPerSecond() / floor.requestsPerSecond();
                double blockingOfFloor = blocking.requestsPerSecond() / floor.requestsPerSecond();
                double restClientOfFloor = restClient.requestsPerSecond() / floor.requestsPerSecond();
                double platformOfFloor = platform.requestsPerSecond() / floor.requestsPerSecond();
                line(String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %+.2f "
                                + "| %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                        call[0], clients, direct.p50Millis(), direct.p99Millis(), nginx.p50Millis(), nginx.p99Millis(),
                        floor.p50Millis(), floor.p99Millis(), blocking.p50Millis(), blocking.p99Millis(), restClient.p50Millis(), restClient.p99Millis(),
                        platform.p50Millis(), platform.p99Millis(),
                        gateway.p50Millis(), gateway.p99Millis(), keyed.p50Millis(), keyed.p99Millis(), keyed.p50Millis() - gateway.p50Millis(),
                        direct.requestsPerSecond(), nginx.requestsPerSecond(), floor.requestsPerSecond(), blocking.requestsPerSecond(),
                        restClient.requestsPerSecond(), platform.requestsPerSecond(), gateway.requestsPerSecond(), keyed.requestsPerSecond(),
                        blockingOfFloor, restClientOfFloor, platformOfFloor, ofFloor, keyed.requestsPerSecond() / restClient.requestsPerSecond(),
                        keyed.requestsPerSecond() / platform.requestsPerSecond()));
                if (clients == 1 && call == SYNC_CALLS[0]) {
                    double overFloor = keyed.p50Millis() - floor.p50Millis();
                    target(call[0] + ": p50 at 1 client within 0.15 ms of the Liberty floor's (key)", overFloor <= 0.15 && clean(keyed),
                            String.format(Locale.ROOT, "%+.2f ms (%.2f against %.2f; the relay floors: blocking %+.2f, Rest Client %+.2f; the platform floor %+.2f%s)",
                                    overFloor, keyed.p50Millis(), floor.p50Millis(), blocking.p50Millis() - floor.p50Millis(),
                                    restClient.p50Millis() - floor.p50Millis(), platform.p50Millis() - floor.p50Millis(),
                                    platform.p50Millis() - floor.p50Millis() > 0.15 ? ", itself beyond the target" : ""));
                }
                if (clients == 16) {
                    double addedP50 = keyed.p50Millis() - direct.p50Millis();
                    double addedP99 = keyed.p99Millis() - direct.p99Millis();
                    double ratio = keyed.requestsPerSecond() / nginx.requestsPerSecond();
                    target(call[0] + ": added p50 at 16 clients < 1 ms (key)", addedP50 < 1 && clean(keyed), String.format(Locale.ROOT, "%.2f ms", addedP50));
                    target(call[0] + ": added p99 at 16 clients < 5 ms (key)", addedP99 < 5 && clean(keyed), String.format(Locale.ROOT, "%.2f ms", addedP99));
                    target(call[0] + ": throughput ≥ 50% of nginx's at 16 clients (key)", ratio >= 0.5 && clean(keyed), String.format(Locale.ROOT, "%.0f%%", ratio * 100));
                    target(call[0] + ": throughput ≥ 65% of the Liberty floor's at 16 clients (key)", ofFloor >= 0.65 && clean(keyed),
                            String.format(Locale.ROOT, "%.0f%% (Basic: %.0f%%%s; the relay floors: blocking %.0f%%, Rest Client %.0f%%; the platform floor %.0f%%%s)", ofFloor * 100,
                                    gateway.requestsPerSecond() / floor.requestsPerSecond() * 100, clean(gateway) ? "" : ", with error answers",
                                    blockingOfFloor * 100, restClientOfFloor * 100,
                                    platformOfFloor * 100, platformOfFloor < 0.65 ? ", itself below the target" : ""));
                }
            }
        }
        printCellErrors();
        line("");
    }

    /** No error answers: the cell's figures are the path's. */
    private static boolean clean(Wrk.Result r) {
        return r.non2xx() + r.socketErrors() == 0;
    }

    /** A cell's non-2xx answers and socket errors, told on stderr and kept for the report: its figures are then not the path's. */
    private void warnOnErrors(String who, String call, int clients, Wrk.Result... results) {
        for (Wrk.Result r : results) {
            if (r.non2xx() + r.socketErrors() > 0) {
                System.err.println(who + " errors on " + call + " at " + clients + ": " + r);
                cellErrors.add(String.format(Locale.ROOT, "%s, %s at %d clients: %d non-2xx answers and %d socket errors (%.0f req/s)",
                        who, call, clients, r.non2xx(), r.socketErrors(), r.requestsPerSecond()));
            }
        }
    }

    /** The cells of the table just printed that had errors, if any. */
    private void printCellErrors() {
        if (!cellErrors.isEmpty()) {
            line("");
            line("**Cells with error answers** (their figures are not the path's):");
            line("");
            cellErrors.forEach(cell -> line("- " + cell));
            cellErrors.clear();
        }
    }

    /**
     * The same calls through another commit's gateway (the baseline, on its own server beside this one) and
     * through this one, back to back in each cell, with Basic and with a key: what a change to the call path cost or saved.
     */
    private void beforeAndAfter() throws Exception {
        line("### Before and after: " + System.getProperty("baseline.commit") + " against this commit");
        line("");
        line("The baseline's gateway runs on its own Liberty (same configuration, heap and upstream) beside this one; each cell "
                + "measures it and then this commit, with the same credentials. p50 / p99 in ms, throughput in requests/s; "
                + "*after ÷ before* is the throughput ratio.");
        line("");
        line("| call | clients | Basic before | Basic after | req/s Basic before | req/s Basic after | Basic after ÷ before "
                + "| key before | key after | req/s key before | req/s key after | key after ÷ before |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // The baseline's server has served nothing yet, where this one has served the whole table above: warm it for
        // long enough (with 10 s, this commit against itself, tracing added to the measured side, read 1.3–3.3× "faster
        // after": the baseline's JIT was still cold).
        for (String[] call : SYNC_CALLS) {
            Wrk.run(BASELINE + call[2], 16, 30, BASIC);
            Wrk.run(BASELINE + call[2], 16, 30, BASELINE_BEARER);
        }
        for (String[] call : SYNC_CALLS) {
            for (int clients : new int[] {1, 16, 64}) {
                Wrk.Result basicBefore = Wrk.run(BASELINE + call[2], clients, SECONDS, BASIC);
                Wrk.Result basicAfter = Wrk.run(GATEWAY + call[2], clients, SECONDS, BASIC);
                Wrk.Result keyBefore = Wrk.run(BASELINE + call[2], clients, SECONDS, BASELINE_BEARER);
                Wrk.Result keyAfter = Wrk.run(GATEWAY + call[2], clients, SECONDS, BEARER);
                warnOnErrors("gateway", call[0], clients, basicBefore, basicAfter, keyBefore, keyAfter);
                line(String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.0f | %.0f | %.2f | %.2f / %.2f | %.2f / %.2f | %.0f | %.0f | %.2f |",
                        call[0], clients, basicBefore.p50Millis(), basicBefore.p99Millis(), basicAfter.p50Millis(), basicAfter.p99Millis(),
                        basicBefore.requestsPerSecond(), basicAfter.requestsPerSecond(), basicAfter.requestsPerSecond() / basicBefore.requestsPerSecond(),
                        keyBefore.p50Millis(), keyBefore.p99Millis(), keyAfter.p50Millis(), keyAfter.p99Millis(),
                        keyBefore.requestsPerSecond(), keyAfter.requestsPerSecond(), keyAfter.requestsPerSecond() / keyBefore.requestsPerSecond()));
            }
        }
        printCellErrors();
        line("");
    }

    /** What a quota check adds: the same call with two keys, one of an application without quotas, one with. */
    private void quotaCheck() throws Exception {
        line("### Quota check");
        line("");
        line("The conversation get with a key of an application without quotas, then with one whose every call takes from a "
                + "requests-per-minute quota in the database (one conditional UPDATE and one SELECT; never reached here).");
        line("");
        line("| clients | key p50 / p99 | key with quota p50 / p99 | quota added p50 | req/s key | req/s key with quota |");
        line("|---:|---:|---:|---:|---:|---:|");
        String url = GATEWAY + "/api/v1/conversations/" + CONVERSATION;
        for (int clients : new int[] {1, 16}) {
            Wrk.Result plain = Wrk.run(url, clients, SECONDS, BEARER);
            Wrk.Result quota = Wrk.run(url, clients, SECONDS, BEARER_QUOTA);
            if (quota.non2xx() + quota.socketErrors() > 0) {
                System.err.println("quota errors at " + clients + ": " + quota);
            }
            double added = quota.p50Millis() - plain.p50Millis();
            line(String.format(Locale.ROOT, "| %d | %.2f / %.2f | %.2f / %.2f | %+.2f | %.0f | %.0f |", clients, plain.p50Millis(), plain.p99Millis(),
                    quota.p50Millis(), quota.p99Millis(), added, plain.requestsPerSecond(), quota.requestsPerSecond()));
            if (clients == 1) {
                target("a quota check adds < 0.5 ms p50 (1 client)", added < 0.5, String.format(Locale.ROOT, "%+.2f ms", added));
            }
        }
        line("");
    }

    /**
     * The peer column: the same calls through Portkey's AI gateway, proxying to the same fast upstream (its proxy mode
     * with a custom host: {@code /v1/<path>} goes to the host's base URL plus {@code <path>}, the Authorization header
     * passed on as it came). A streamed completion is tried once, and what Portkey answered is printed.
     */
    private void portkeyPeer() throws Exception {
        line("### Peer: Portkey's AI gateway");
        line("");
        if (PORTKEY.isEmpty()) {
            line("Not measured: npm was not there to install `@portkey-ai/gateway`.");
            line("");
            return;
        }
        List<String> route = List.of("x-portkey-provider: openai", "x-portkey-custom-host: " + UPSTREAM + "/api/v1");
        line("`@portkey-ai/gateway` " + PORTKEY_VERSION + " on Node " + System.getProperty("node.version", "?")
                + " (`NODE_ENV=production`, `--headless`), proxy mode to the fast upstream "
                + "(`x-portkey-provider: openai`, `x-portkey-custom-host`), the upstream's key passed through. Same calls, same run; "
                + "*gateway (key)* as above. Latency p50 / p99 in ms.");
        line("");
        line("| call | clients | direct | Portkey | gateway (key) | req/s direct | req/s Portkey | req/s gateway (key) | gateway ÷ Portkey req/s |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String[] call : SYNC_CALLS) {
            String viaPortkey = PORTKEY + "/v1" + call[1].substring("/api/v1".length());
            Wrk.run(viaPortkey, 16, 10, KEY, route); // warm-up
            for (int clients : new int[] {1, 16, 64}) {
                Wrk.Result direct = Wrk.run(UPSTREAM + call[1], clients, SECONDS, KEY);
                Wrk.Result portkey = Wrk.run(viaPortkey, clients, SECONDS, KEY, route);
                Wrk.Result keyed = Wrk.run(GATEWAY + call[2], clients, SECONDS, BEARER);
                warnOnErrors("Portkey", call[0], clients, portkey);
                warnOnErrors("gateway (key)", call[0], clients, keyed);
                line(String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.0f | %.0f%s | %.0f | %.2f |",
                        call[0], clients, direct.p50Millis(), direct.p99Millis(), portkey.p50Millis(), portkey.p99Millis(),
                        keyed.p50Millis(), keyed.p99Millis(), direct.requestsPerSecond(), portkey.requestsPerSecond(),
                        portkey.non2xx() + portkey.socketErrors() > 0 ? " (errors: " + (portkey.non2xx() + portkey.socketErrors()) + ")" : "",
                        keyed.requestsPerSecond(), keyed.requestsPerSecond() / portkey.requestsPerSecond()));
            }
        }
        printCellErrors();
        line("");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> stream = client.send(HttpRequest.newBuilder(
                        URI.create(PORTKEY + "/v1/chatbots/" + CHATBOT + "/completions/"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream").header("Authorization", KEY)
                .header("x-portkey-provider", "openai").header("x-portkey-custom-host", UPSTREAM + "/api/v1")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(COMPLETION_BODY)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = stream.body().length() > 200 ? stream.body().substring(0, 200) + "…" : stream.body();
        line("A streamed completion through Portkey the same way: HTTP " + stream.statusCode() + ", `"
                + stream.headers().firstValue("content-type").orElse("no content type") + "`, body `" + body.replace("\n", "\\n") + "`"
                + (stream.statusCode() == 200 && body.startsWith("data:") ? "." : " — so no stream column: Portkey's proxy mode does not "
                + "relay a non-OpenAI event stream (it carries OpenAI-shaped streams on its own routes, which MaiAgent's API is not)."));
        line("");
    }

    private void streamingDelay() throws Exception {
        line("## 2. Streaming: delay from the upstream's write to the client's read, per event");
        line("");
        line("p50 / p99 / max in ms over every delta of every stream.");
        line("");
        line("*Steady*: only the events the upstream wrote once every stream had its first event, apart from the start burst "
                + "(all the streams' requests arriving at once). *Liberty floor*: the same number of streams started at once on "
                + "the gateway's own server, a JAX-RS resource of the built-in simulator (`control/paced-events/`) writing events "
                + "paced like the upstream's and stamped the same way, from a timer through JAX-RS's event sink as the relay does "
                + "(no login, no call out, no thread held between events): what an asynchronous event stream costs on this Liberty "
                + "under the same burst; its stamps are taken in the server's own JVM, so they cannot see its pauses. *Relay floor*: "
                + "a bare relay on the gateway's server (`bench/relay-floor`) passing the upstream's stream through as bytes, a "
                + "blocking read on the request thread and a flush per chunk as nginx does: no login, no parsing, the upstream's "
                + "stamps, so it sees the server's pauses and busy cores as the gateway does. *Platform floor*: the same "
                + "completion through `bench/platform-floor` (a key checked by Jakarta Security, the body read by JSON-B and checked "
                + "by Bean Validation, the upstream read asynchronously by the JDK client, each event's data written to a JAX-RS "
                + "event sink), none of the gateway's own work. "
                + "*gateway (key)*: a client application's Bearer key, as the API's callers stream.");
        line("");
        line("| streams | direct | nginx | Liberty floor | relay floor | platform floor | gateway (key) | gateway added p50 / p99 | gateway − floor p99 "
                + "| steady: direct | steady: nginx | steady: Liberty floor | steady: relay floor | steady: platform floor | steady: gateway |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> slowEvents = new ArrayList<>();
        StreamLoad load = new StreamLoad();
        String path = "/api/v1/chatbots/" + CHATBOT + "/completions/";
        URI gatewayUrl = URI.create(GATEWAY + "/api/v1/chatbots/" + CHATBOT + "/completions");
        URI floorUrl = URI.create(SIMULATOR + "/control/paced-events/?events=" + System.getProperty("events", "60")
                + "&intervalMillis=" + System.getProperty("interval.ms", "250"));
        load.run(gatewayUrl, BEARER, COMPLETION_BODY, 20, null); // warm-up, both server paths alike
        load.run(floorUrl, SIMULATOR_KEY, COMPLETION_BODY, 20, null);
        URI relayUrl = URI.create(RELAY + "/stream" + path);
        load.run(relayUrl, KEY, COMPLETION_BODY, 20, null);
        load.run(PLATFORM_COMPLETIONS, PLATFORM_BEARER, COMPLETION_BODY, 20, null);
        for (int streams : new int[] {1, 200}) {
            StreamLoad.Result direct = load.run(URI.create(UPSTREAM + path), KEY, COMPLETION_BODY, streams, null);
            StreamLoad.Result nginx = load.run(URI.create(NGINX + path), KEY, COMPLETION_BODY, streams, null);
            StreamLoad.Result floor = load.run(floorUrl, SIMULATOR_KEY, COMPLETION_BODY, streams, null);
            StreamLoad.Result relay = load.run(relayUrl, KEY, COMPLETION_BODY, streams, null);
            StreamLoad.Result platform = load.run(PLATFORM_COMPLETIONS, PLATFORM_BEARER, COMPLETION_BODY, streams, null);
            StreamLoad.Result gateway = load.run(gatewayUrl, BEARER, COMPLETION_BODY, streams, null);
            double addedP50 = Stats.p(gateway.eventDelaysMillis(), 50) - Stats.p(direct.eventDelaysMillis(), 50);
            double addedP99 = Stats.p(gateway.eventDelaysMillis(), 99) - Stats.p(direct.eventDelaysMillis(), 99);
            double overFloorP99 = Stats.p(gateway.eventDelaysMillis(), 99) - Stats.p(floor.eventDelaysMillis(), 99);
            line(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %+.2f / %+.2f | %+.2f | %s | %s | %s | %s | %s | %s |", streams,
                    Stats.summary(direct.eventDelaysMillis()), Stats.summary(nginx.eventDelaysMillis()),
                    Stats.summary(floor.eventDelaysMillis()) + (floor.failed() > 0 ? " (" + floor.failed() + " failed)" : ""),
                    Stats.summary(relay.eventDelaysMillis()) + (relay.failed() > 0 ? " (" + relay.failed() + " failed)" : ""),
                    Stats.summary(platform.eventDelaysMillis()) + (platform.failed() > 0 ? " (" + platform.failed() + " failed)" : ""),
                    Stats.summary(gateway.eventDelaysMillis()) + (gateway.failed() > 0 ? " (" + gateway.failed() + " failed)" : ""),
                    addedP50, addedP99, overFloorP99, Stats.summary(direct.steadyDelaysMillis()), Stats.summary(nginx.steadyDelaysMillis()),
                    Stats.summary(floor.steadyDelaysMillis()), Stats.summary(relay.steadyDelaysMillis()), Stats.summary(platform.steadyDelaysMillis()),
                    Stats.summary(gateway.steadyDelaysMillis())));
            if (streams == 200) {
                slowEvents.add(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |", streams, bySecond(direct), bySecond(nginx),
                        bySecond(floor), bySecond(relay), bySecond(platform), bySecond(gateway)));
                target("stream relay adds < 2 ms per event at 200 streams, p50", addedP50 < 2 && gateway.failed() == 0,
                        String.format(Locale.ROOT, "%+.2f ms, %d failed", addedP50, gateway.failed()));
                target("stream relay adds < 2 ms per event at 200 streams, p99", addedP99 < 2 && gateway.failed() == 0,
                        String.format(Locale.ROOT, "%+.2f ms", addedP99));
                double nginxP99 = Stats.p(nginx.eventDelaysMillis(), 99);
                double overNginx = Stats.p(gateway.eventDelaysMillis(), 99) - nginxP99;
                target("event delay p99 at 200 streams within 20 ms of nginx's", overNginx <= 20 && gateway.failed() == 0,
                        String.format(Locale.ROOT, "%+.2f ms (%.2f against %.2f; Liberty floor: %.2f, %+.2f over nginx; relay floor: %.2f, %+.2f over nginx%s; "
                                        + "platform floor: %.2f, %+.2f over nginx%s)",
                                overNginx, Stats.p(gateway.eventDelaysMillis(), 99), nginxP99, Stats.p(floor.eventDelaysMillis(), 99),
                                Stats.p(floor.eventDelaysMillis(), 99) - nginxP99, Stats.p(relay.eventDelaysMillis(), 99),
                                Stats.p(relay.eventDelaysMillis(), 99) - nginxP99,
                                Stats.p(relay.eventDelaysMillis(), 99) - nginxP99 > 20 ? ", itself beyond the target" : "",
                                Stats.p(platform.eventDelaysMillis(), 99), Stats.p(platform.eventDelaysMillis(), 99) - nginxP99,
                                Stats.p(platform.eventDelaysMillis(), 99) - nginxP99 > 20 ? ", itself beyond the target" : ""));
                target("event delay p99 at 200 streams within 20 ms of the Liberty floor's", overFloorP99 <= 20 && gateway.failed() == 0,
                        String.format(Locale.ROOT, "%+.2f ms (%.2f against %.2f)", overFloorP99, Stats.p(gateway.eventDelaysMillis(), 99),
                                Stats.p(floor.eventDelaysMillis(), 99)));
            }
        }
        line("");
        line("Where the slow events fell: events delayed more than 20 ms, counted by the second of the run (from the first "
                + "request) in which the upstream wrote them, as `second: count`. The streams start in second 0 and end in the "
                + "last seconds; a tail in the first seconds is the start burst, one at the end the streams' ends.");
        line("");
        line("| streams | direct | nginx | Liberty floor | relay floor | platform floor | gateway (key) |");
        line("|---:|---|---|---|---|---|---|");
        slowEvents.forEach(this::line);
        line("");
        if (!BASELINE.isEmpty()) {
            streamingBeforeAndAfter(load, URI.create(BASELINE + "/api/v1/chatbots/" + CHATBOT + "/completions"), gatewayUrl);
        }
        int rounds = Integer.getInteger("stream.rounds", 0);
        if (rounds > 0) {
            streamingRounds(load, rounds, URI.create(NGINX + path), relayUrl, gatewayUrl);
        }
    }

    /**
     * The 200-stream cell repeated, nginx, relay floor, platform floor and gateway in turn, {@code rounds} times: one run
     * of a p99 moves by tens of ms on this shared machine, so how often each path holds the target says more than one.
     * Each run's start is printed to the console with its path, so a profile of the run can be cut into its windows.
     */
    private void streamingRounds(StreamLoad load, int rounds, URI nginxUrl, URI relayUrl, URI gatewayUrl) throws Exception {
        line("### The 200-stream cell in " + rounds + " rounds");
        line("");
        line("Each round streams 200 through nginx, the relay floor, the platform floor and the gateway, one after another. "
                + "p99 of all events in ms, its distance from the same round's nginx, and the events over 20 ms in the "
                + "run's first second.");
        line("");
        line("| round | nginx p99 | relay floor | platform floor | gateway (key) | slow in second 0: nginx / relay / platform / gateway |");
        line("|---:|---:|---:|---:|---:|---|");
        String[] names = {"nginx", "relay floor", "platform floor", "gateway"};
        URI[] urls = {nginxUrl, relayUrl, PLATFORM_COMPLETIONS, gatewayUrl};
        String[] keys = {KEY, KEY, PLATFORM_BEARER, BEARER};
        int[] held = new int[names.length];
        for (int round = 1; round <= rounds; round++) {
            StreamLoad.Result[] results = new StreamLoad.Result[names.length];
            for (int i = 0; i < names.length; i++) {
                System.out.println("== round " + round + " " + names[i] + " starts at " + System.currentTimeMillis());
                results[i] = load.run(urls[i], keys[i], COMPLETION_BODY, 200, null);
            }
            double nginxP99 = Stats.p(results[0].eventDelaysMillis(), 99);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %.2f |", round, nginxP99));
            StringBuilder slow = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                double p99 = Stats.p(results[i].eventDelaysMillis(), 99);
                boolean within = p99 - nginxP99 <= 20 && results[i].failed() == 0;
                held[i] += within ? 1 : 0;
                if (i > 0) {
                    row.append(String.format(Locale.ROOT, " %.2f (%+.2f%s) |", p99, p99 - nginxP99,
                            results[i].failed() > 0 ? ", " + results[i].failed() + " failed" : ""));
                }
                slow.append(i == 0 ? " " : " / ").append(results[i].slowBySecond(20).getOrDefault(0L, 0));
            }
            line(row + slow.toString() + " |");
        }
        line("");
        StringBuilder summary = new StringBuilder("Within 20 ms of the same round's nginx p99:");
        for (int i = 1; i < names.length; i++) {
            summary.append(String.format(Locale.ROOT, " %s %d of %d%s", names[i], held[i], rounds, i < names.length - 1 ? ";" : "."));
        }
        line(summary.toString());
        line("");
    }

    /**
     * 200 streams through the baseline's gateway and through this one, alternately, three times each: what a change to the
     * relay cost or saved, with the machine's drift between rounds shared by both.
     */
    private void streamingBeforeAndAfter(StreamLoad load, URI before, URI after) throws Exception {
        line("### Before and after: " + System.getProperty("baseline.commit") + " against this commit, 200 streams");
        line("");
        line("The baseline's gateway on its own Liberty beside this one (same configuration, heap and upstream), warmed alike; "
                + "the rounds alternate, before then after. p50 / p99 / max in ms over every delta; *slow* counts events "
                + "delayed more than 20 ms, by the second of the run they were written in.");
        line("");
        line("| round | before | after | before: steady | after: steady | before: slow | after: slow |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        load.run(before, BASELINE_BEARER, COMPLETION_BODY, 20, null);
        List<Double> allBefore = new ArrayList<>();
        List<Double> allAfter = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            StreamLoad.Result b = load.run(before, BASELINE_BEARER, COMPLETION_BODY, 200, null);
            StreamLoad.Result a = load.run(after, BEARER, COMPLETION_BODY, 200, null);
            allBefore.addAll(b.eventDelaysMillis());
            allAfter.addAll(a.eventDelaysMillis());
            line(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |", round,
                    Stats.summary(b.eventDelaysMillis()) + (b.failed() > 0 ? " (" + b.failed() + " failed)" : ""),
                    Stats.summary(a.eventDelaysMillis()) + (a.failed() > 0 ? " (" + a.failed() + " failed)" : ""),
                    Stats.summary(b.steadyDelaysMillis()), Stats.summary(a.steadyDelaysMillis()), bySecond(b), bySecond(a)));
        }
        line(String.format(Locale.ROOT, "| all | %s | %s | | | | |", Stats.summary(allBefore), Stats.summary(allAfter)));
        line("");
        line(String.format(Locale.ROOT, "p99 after ÷ before, all rounds: %.2f", Stats.p(allAfter, 99) / Stats.p(allBefore, 99)));
        line("");
    }

    private static String bySecond(StreamLoad.Result run) {
        java.util.SortedMap<Long, Integer> slow = run.slowBySecond(20);
        if (slow.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        slow.forEach((second, count) -> text.append(text.length() == 0 ? "" : ", ").append(second).append(": ").append(count));
        return text.toString();
    }

    private void concurrentStreams() throws Exception {
        line("## 3. Concurrent streamed completions through the gateway (heap " + System.getProperty("heap", "?") + ")");
        line("");
        line("Each stream runs to its end; the server is measured once every stream has its first event. "
                + "*Heap* is live heap after a full GC with the streams open; per stream = (that − idle) ÷ open. "
                + "Event delays leave out the events written or read during that measurement (it forces a full GC); the count left out is given. "
                + "The run stops at the first level with a failed stream or a p99 event delay over 1 s. "
                + System.getProperty("capacity.note", ""));
        line("");
        line("*Direct* is the same number of streams read straight from the upstream, in the same run: the machine's own floor.");
        line("");
        line("The streams are a client application's (Bearer key), as the API's callers are; the first level is also run with "
                + "HTTP Basic, whose password the server's registry checks and the gateway then remembers for 30 s (see the first-event table after).");
        line("");
        line("| streams | completed | failed | first event p50 / p99 / max ms | direct: first event p50 / p99 / max ms | event delay p50 / p99 / max ms (left out) | direct: event delay p50 / p99 / max ms | open when measured | live heap MiB | KiB per stream | threads | threads per stream |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> firstEvents = new ArrayList<>();
        StreamLoad load = new StreamLoad();
        URI url = URI.create(GATEWAY + "/api/v1/chatbots/" + CHATBOT + "/completions");
        // Both ways of calling warmed alike, so neither first-event figure carries the other's JIT.
        URI floorUrl = URI.create(SIMULATOR + "/api/v1/chatbots/" + CHATBOT + "/completions/");
        load.run(url, BEARER, COMPLETION_BODY, 50, null);
        load.run(url, BASIC, COMPLETION_BODY, 50, null);
        // The simulator's stream sent whole at once (no pause between events), so no stream holds a thread past its start.
        Map<String, String> unpaced = Map.of("X-Simulator-Stream-Delay", "0");
        load.run(floorUrl, SIMULATOR_KEY, unpaced, COMPLETION_BODY, 50, null);
        load.run(PLATFORM_COMPLETIONS, PLATFORM_BEARER, COMPLETION_BODY, 50, null);
        Thread.sleep(2000);
        double idleHeap = gatewayJvm.liveHeapMiB();
        int idleThreads = gatewayJvm.threads();
        line(String.format(Locale.ROOT, "| 0 (idle) | | | | | | | %.1f | | %d | |", idleHeap, idleThreads));
        int held = 0;
        for (String level : System.getProperty("capacity", "250,500,1000,2000,3000").split(",")) {
            int streams = Integer.parseInt(level.trim());
            double[] heap = new double[1];
            int[] threads = new int[1];
            StreamLoad.Result r = load.run(url, BEARER, COMPLETION_BODY, streams, open -> {
                threads[0] = gatewayJvm.threads();
                heap[0] = gatewayJvm.liveHeapMiB();
            });
            int open = Math.max(1, r.openAtSample());
            StreamLoad.Result direct = load.run(URI.create(UPSTREAM + "/api/v1/chatbots/" + CHATBOT + "/completions/"), KEY, COMPLETION_BODY, streams, null);
            line(String.format(Locale.ROOT, "| %d | %d | %d | %s | %s | %s | %s | %d | %.1f | %.1f | %d | %.2f |", streams, r.completed(), r.failed(),
                    Stats.summary(r.firstEventMillis()), Stats.summary(direct.firstEventMillis()),
                    Stats.summary(r.eventDelaysMillis()) + " (" + r.pausedEvents() + ")",
                    Stats.summary(direct.eventDelaysMillis()), r.openAtSample(), heap[0],
                    (heap[0] - idleHeap) * 1024 / open, threads[0], (threads[0] - idleThreads) / (double) open));
            // The first level, and 1,000, also against the floor: what this Liberty pays for that burst of starts alone.
            double floorAdded = Double.NaN;
            double platformAdded = Double.NaN;
            if (firstEvents.isEmpty() || streams == 1000) {
                StreamLoad.Result basic = null;
                if (firstEvents.isEmpty()) {
                    Thread.sleep(2000);
                    basic = load.run(url, BASIC, COMPLETION_BODY, streams, null);
                }
                Thread.sleep(2000);
                StreamLoad.Result floor = load.run(floorUrl, SIMULATOR_KEY, unpaced, COMPLETION_BODY, streams, null);
                floorAdded = Stats.p(floor.firstEventMillis(), 50) - Stats.p(direct.firstEventMillis(), 50);
                Thread.sleep(2000);
                StreamLoad.Result platform = load.run(PLATFORM_COMPLETIONS, PLATFORM_BEARER, COMPLETION_BODY, streams, null);
                platformAdded = Stats.p(platform.firstEventMillis(), 50) - Stats.p(direct.firstEventMillis(), 50);
                double added = Stats.p(r.firstEventMillis(), 50) - Stats.p(direct.firstEventMillis(), 50);
                firstEvents.add(String.format(Locale.ROOT, "| %d | %s | %s | %+.0f | %s | %+.0f | %s | %s | %+.0f | %s |", streams,
                        Stats.summary(direct.firstEventMillis()),
                        Stats.summary(floor.firstEventMillis()) + (floor.failed() > 0 ? " (" + floor.failed() + " failed)" : ""), floorAdded,
                        Stats.summary(platform.firstEventMillis()) + (platform.failed() > 0 ? " (" + platform.failed() + " failed)" : ""), platformAdded,
                        Stats.summary(r.firstEventMillis()),
                        basic == null ? "" : Stats.summary(basic.firstEventMillis()) + (basic.failed() > 0 ? " (" + basic.failed() + " failed)" : ""), added,
                        basic == null ? "" : String.format(Locale.ROOT, "%+.0f", Stats.p(basic.firstEventMillis(), 50) - Stats.p(direct.firstEventMillis(), 50))));
            }
            if (streams == 250) {
                double added = Stats.p(r.firstEventMillis(), 50) - Stats.p(direct.firstEventMillis(), 50);
                target("first event at 250 simultaneous starts within 150 ms p50 of direct (key)", added <= 150,
                        String.format(Locale.ROOT, "%+.0f ms (Liberty floor: %+.0f ms; platform floor: %+.0f ms%s)", added, floorAdded, platformAdded,
                                platformAdded > 150 ? ", itself beyond the target" : ""));
            }
            if (streams == 1000) {
                double added = Stats.p(r.firstEventMillis(), 50) - Stats.p(direct.firstEventMillis(), 50);
                target("first event at 1,000 simultaneous starts within 400 ms p50 of direct (key)", added <= 400 && r.failed() == 0,
                        String.format(Locale.ROOT, "%+.0f ms (%.0f against %.0f; Liberty floor: %+.0f ms; platform floor: %+.0f ms%s)", added,
                                Stats.p(r.firstEventMillis(), 50), Stats.p(direct.firstEventMillis(), 50), floorAdded, platformAdded,
                                platformAdded > 400 ? ", itself beyond the target" : ""));
            }
            boolean collapsed = r.failed() > 0 || Stats.p(r.eventDelaysMillis(), 99) > 1000;
            if (collapsed) {
                break;
            }
            held = streams;
            Thread.sleep(2000);
        }
        line("");
        line("First event when the streams all start at once (ms, p50 / p99 / max), and what the gateway adds at p50. "
                + "*Liberty floor*: the built-in simulator streaming the same completion from the gateway's own server, all its "
                + "events at once (a JAX-RS resource: no login, no call out, no thread held past the start), what any JAX-RS "
                + "application answering with an event stream on this Liberty pays for a burst of starts. *Platform floor*: the "
                + "completion relayed by `bench/platform-floor` (see section 2): what a product made of these platform facilities "
                + "pays for the same burst, without the gateway's own work.");
        line("");
        line("| streams | direct | Liberty floor | floor added p50 | platform floor | platform added p50 | gateway (key) | gateway (Basic) | key added p50 | Basic added p50 |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        firstEvents.forEach(this::line);
        line("");
        target("1,000 concurrent streams in the heap given", held >= 1000, held + " held without errors or p99 delay > 1 s");
    }

    private void uploads() throws Exception {
        line("## 4. Uploads (streamed from disk by the client)");
        line("");
        line("Throughput from one upload each way; then the same file through the gateway again in one pass, sent over 4 s, while "
                + "its live heap is sampled (a jcmd and a full GC each), so the sampling does not slow the timed upload. *multipart*: a form with the file in a "
                + "part, whose size is unknown until its end, so the gateway spools it before asking MaiAgent for the upload URL "
                + "(which needs the size); *one pass*: the file as the body (application/octet-stream, Content-Length), sent on to "
                + "the storage as it arrives. Direct and nginx are the storage's own multipart POST.");
        line("");
        line("| size | direct MiB/s | nginx MiB/s | gateway multipart MiB/s | gateway one pass MiB/s | one pass ÷ direct | gateway live heap before MiB | peak live heap during one pass MiB | growth MiB |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Path dir = Path.of(System.getProperty("scratch", "bench/target"));
        URI gatewayUploads = URI.create(GATEWAY + "/api/v1/attachments");
        double[] growth = new double[2];
        double[] ofDirect = new double[2];
        int i = 0;
        int refused = 0; // a refused upload's speed and heap say nothing: the targets are missed
        Uploads.post(gatewayUploads, BASIC, Uploads.pdf(dir, 1)); // warm-up, both forms
        Uploads.putAsBody(gatewayUploads, BASIC, Uploads.pdf(dir, 1));
        for (int mib : new int[] {10, 100}) {
            Path file = Uploads.pdf(dir, mib);
            Uploads.Result direct = Uploads.post(URI.create(UPSTREAM + "/storage/"), null, file);
            Uploads.Result nginx = Uploads.post(URI.create(NGINX + "/storage/"), null, file);
            Uploads.Result multipart = Uploads.post(gatewayUploads, BASIC, file);
            Uploads.Result onePass = Uploads.putAsBody(gatewayUploads, BASIC, file);
            double before = gatewayJvm.liveHeapMiB();
            double peak;
            try (GatewayJvm.PeakHeap sampler = gatewayJvm.new PeakHeap()) {
                refused += Uploads.putAsBodyPaced(gatewayUploads, BASIC, file, mib / 4.0).status() == 201 ? 0 : 1; // 4 s, so several samples fall within it
                peak = sampler.peakMiB();
            }
            refused += (multipart.status() == 201 ? 0 : 1) + (onePass.status() == 201 ? 0 : 1);
            growth[i] = peak - before;
            ofDirect[i++] = onePass.mibPerSecond() / direct.mibPerSecond();
            line(String.format(Locale.ROOT, "| %d MiB | %.0f | %.0f | %.0f%s | %.0f%s | %.2f | %.1f | %.1f | %+.1f |", mib, direct.mibPerSecond(),
                    nginx.mibPerSecond(), multipart.mibPerSecond(), multipart.status() == 201 ? "" : " (HTTP " + multipart.status() + ")",
                    onePass.mibPerSecond(), onePass.status() == 201 ? "" : " (HTTP " + onePass.status() + ")", ofDirect[i - 1],
                    before, peak, peak - before));
        }
        line("");
        String refusals = refused == 0 ? "" : String.format(Locale.ROOT, "; %d of 6 uploads refused, see the table", refused);
        target("a 100 MiB upload in one pass at ≥ 50% of direct's throughput", ofDirect[1] >= 0.5 && refused == 0,
                String.format(Locale.ROOT, "%.0f%% (10 MiB: %.0f%%%s)", ofDirect[1] * 100, ofDirect[0] * 100, refusals));
        target("uploads at constant memory (live heap growth while a 100 MiB file goes through < 16 MiB)", growth[1] < 16 && refused == 0,
                String.format(Locale.ROOT, "%+.1f MiB (10 MiB file: %+.1f MiB; NaN = over before the first sample%s)", growth[1], growth[0], refusals));
    }

    /** Section 5: JMH's samples of the filter's key steps and the directory lookup (bench/jmh), read from its CSV. */
    private void keyCheck(Path csv) throws Exception {
        line("## 5. A key's check (JMH, in-process, before the server starts)");
        line("");
        line("What the authentication mechanism (GatewayAuthenticationMechanism) does for `Authorization: Bearer mgw_…` before the call goes on (no key in the query, "
                + "the header's token and its shape) and ClientKeyDirectory.find (one SHA-256, one map lookup), over a directory "
                + "of that many keys; a wrong key of the right shape beside the right one. Microseconds per check.");
        line("");
        line("| keys in the directory | key | p50 | p90 | p99 | p99.9 |");
        line("|---:|---|---:|---:|---:|---:|");
        Map<String, Double> score = new java.util.TreeMap<>();
        List<String> rows = Files.readAllLines(csv);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.replace("\"", "").split(",");
            // Benchmark, Mode, Threads, Samples, Score, Score Error, Unit, Param: keys
            score.put(cells[7] + " " + cells[0].substring(cells[0].indexOf("KeyCheckBenchmark.") + "KeyCheckBenchmark.".length()),
                    Double.parseDouble(cells[4]));
        }
        double worstP50 = 0;
        for (String keys : score.keySet().stream().map(k -> k.split(" ")[0]).distinct().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList()) {
            for (String which : List.of("rightKey", "wrongKey")) {
                String at = keys + " " + which;
                worstP50 = Math.max(worstP50, score.getOrDefault(at + ":p0.50", Double.NaN));
                line(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |", keys, which.equals("rightKey") ? "right" : "wrong",
                        score.get(at + ":p0.50"), score.get(at + ":p0.90"), score.get(at + ":p0.99"), score.get(at + ":p0.999")));
            }
        }
        line("");
        target("authenticating a key adds < 0.1 ms p50 (in-process)", worstP50 < 100,
                String.format(Locale.ROOT, "%.2f µs at worst", worstP50));
    }

    @Override
    public void target(String what, boolean reached, String measured) {
        targets.add((reached ? "**reached**: " : "**missed**: ") + what + " — " + measured);
    }

    @Override
    public void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
