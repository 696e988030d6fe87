import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section 6: the OpenAI-compatible surface (/openai/v1/chat/completions) beside the native completion it wraps, and
 * beside Portkey's AI gateway on its own OpenAI route (provider openai, custom host: the fast upstream's OpenAI-shaped
 * answer). Whole answers with wrk, streams with {@link StreamLoad}; the same key, upstream and run for every column.
 */
final class OpenAiSurface {

    /** Where the section's lines and targets go (the run's report). */
    interface Report {
        void line(String text);

        void target(String what, boolean reached, String measured);
    }

    private static final String QUESTION = "How fast is the gateway?";
    private static final String NATIVE_WHOLE = "{\"message\":{\"content\":\"" + QUESTION + "\"}}";
    private static final String NATIVE_STREAMED = "{\"message\":{\"content\":\"" + QUESTION + "\"},\"is_streaming\":true}";

    private final Report report;
    private final String gateway;
    private final String upstream;
    private final String portkey;
    private final String chatbot;
    private final String bearer;
    private final int seconds;
    /** Another commit's gateway beside this one (BASELINE), its key and its name; empty when none. */
    private String baseline = "";
    private String baselineBearer = "";
    private String baselineCommit = "";
    /** Before/after cells with error answers: no measure of speed, said under their table. */
    private final List<String> errorCells = new java.util.ArrayList<>();

    OpenAiSurface(Report report, String gateway, String upstream, String portkey, String chatbot, String bearer, int seconds) {
        this.report = report;
        this.gateway = gateway;
        this.upstream = upstream;
        this.portkey = portkey;
        this.chatbot = chatbot;
        this.bearer = bearer;
        this.seconds = seconds;
    }

    /** With a baseline, the whole answers are also measured through it and through this commit, back to back. */
    OpenAiSurface withBaseline(String url, String key, String commit) {
        this.baseline = url;
        this.baselineBearer = key;
        this.baselineCommit = commit;
        return this;
    }

    void run() throws Exception {
        report.line("## 6. The OpenAI-compatible surface, beside the native completion and Portkey");
        report.line("");
        report.line("*native*: `POST /api/v1/chatbots/{id}/completions`; *OpenAI*: `POST /openai/v1/chat/completions` with the chatbot as "
                + "the model and one user message (a new history each call: the gateway also records the history's link to its "
                + "conversation in the database); both with the same client application's key. *Portkey*: its own OpenAI route "
                + "(`/v1/chat/completions`, `x-portkey-provider: openai`, `x-portkey-custom-host`) to the fast upstream's "
                + "OpenAI-shaped answer. *direct*: the fast upstream's MaiAgent route and OpenAI route. Latency p50 / p99 in ms.");
        report.line("");
        if (!baseline.isEmpty()) {
            wholeBeforeAndAfter();
        }
        whole();
        streamed();
    }

    private String openAiBody(boolean stream) {
        return "{\"model\":\"" + chatbot + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]"
                + (stream ? ",\"stream\":true" : "") + "}";
    }

    private List<String> portkeyRoute() {
        return List.of("x-portkey-provider: openai", "x-portkey-custom-host: " + upstream + "/v1");
    }

    private void whole() throws Exception {
        report.line("### Whole answers (wrk, " + seconds + " s per cell)");
        report.line("");
        report.line("| clients | direct (MaiAgent route) | gateway native | gateway OpenAI | OpenAI − native p50 | direct (OpenAI route) | Portkey "
                + "| req/s native | req/s OpenAI | req/s Portkey | OpenAI ÷ Portkey req/s |");
        report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        String nativeUrl = gateway + "/api/v1/chatbots/" + chatbot + "/completions";
        String openAiUrl = gateway + "/openai/v1/chat/completions";
        String directNative = upstream + "/api/v1/chatbots/" + chatbot + "/completions/";
        String directOpenAi = upstream + "/v1/chat/completions";
        boolean withPortkey = !portkey.isEmpty();
        // Warm-up, alike for each path measured, as long as section 1's: run alone, after 10 s the completion's path was
        // still compiling (native 1,216 req/s at 16 clients, then 2,551 after 30 s more, same commit, same run).
        Wrk.run(nativeUrl, 16, 30, bearer, List.of(), NATIVE_WHOLE);
        Wrk.run(openAiUrl, 16, 30, bearer, List.of(), openAiBody(false));
        if (withPortkey) {
            Wrk.run(portkey + "/v1/chat/completions", 16, 30, "Bearer bench", portkeyRoute(), openAiBody(false));
        }
        for (int clients : new int[] {1, 16}) {
            Wrk.Result direct = Wrk.run(directNative, clients, seconds, "Api-Key bench", List.of(), NATIVE_WHOLE);
            Wrk.Result nativeCall = Wrk.run(nativeUrl, clients, seconds, bearer, List.of(), NATIVE_WHOLE);
            Wrk.Result openAi = Wrk.run(openAiUrl, clients, seconds, bearer, List.of(), openAiBody(false));
            Wrk.Result directOpenAiRoute = Wrk.run(directOpenAi, clients, seconds, "Bearer bench", List.of(), openAiBody(false));
            Wrk.Result peer = withPortkey
                    ? Wrk.run(portkey + "/v1/chat/completions", clients, seconds, "Bearer bench", portkeyRoute(), openAiBody(false)) : null;
            for (Wrk.Result r : java.util.Arrays.asList(nativeCall, openAi, peer)) {
                if (r != null && r.non2xx() + r.socketErrors() > 0) {
                    System.err.println("errors at " + clients + " clients: " + r);
                }
            }
            double added = openAi.p50Millis() - nativeCall.p50Millis();
            report.line(String.format(Locale.ROOT, "| %d | %s | %s | %s | %+.2f | %s | %s | %.0f | %.0f | %s | %s |", clients,
                    cell(direct), cell(nativeCall), cell(openAi), added, cell(directOpenAiRoute), peer == null ? "not measured" : cell(peer),
                    nativeCall.requestsPerSecond(), openAi.requestsPerSecond(),
                    peer == null ? "" : String.format(Locale.ROOT, "%.0f", peer.requestsPerSecond()),
                    peer == null ? "" : String.format(Locale.ROOT, "%.2f", openAi.requestsPerSecond() / peer.requestsPerSecond())));
            if (clients == 1) {
                report.target("OpenAI surface adds < 0.3 ms p50 over the native completion (1 client)", added < 0.3,
                        String.format(Locale.ROOT, "%+.2f ms", added));
            }
            if (clients == 16 && peer != null) {
                double ratio = openAi.requestsPerSecond() / peer.requestsPerSecond();
                report.target("OpenAI surface throughput at 16 clients ≥ 2× Portkey's", ratio >= 2,
                        String.format(Locale.ROOT, "%.2f×", ratio));
            }
        }
        report.line("");
    }

    /**
     * The native and OpenAI whole answers through the baseline's gateway and through this one: what a change to the
     * completion's path cost or saved. Both servers are warmed alike, in turns, before anything else of the section
     * (a baseline warmed 30 s against a server that had served the section for minutes read 1.4–2.2× "faster after"
     * for the same code), and each cell is measured before, after, after, before, so a drift in the run falls on both.
     */
    private void wholeBeforeAndAfter() throws Exception {
        report.line("### Whole answers before and after: " + baselineCommit + " against this commit");
        report.line("");
        report.line("The baseline's gateway on its own Liberty beside this one (same configuration, heap and upstream), both "
                + "warmed alike first (each path 3 × 20 s at 16 clients on each, in turns); then each cell measured through the "
                + "baseline, this commit, this commit, the baseline, " + seconds + " s each, and the two of each averaged. p50 in ms; "
                + "*after ÷ before* is the throughput ratio.");
        report.line("");
        report.line("| clients | native p50 before | after | req/s before | req/s after | native after ÷ before "
                + "| OpenAI p50 before | after | req/s before | req/s after | OpenAI after ÷ before |");
        report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        String nativePath = "/api/v1/chatbots/" + chatbot + "/completions";
        String openAiPath = "/openai/v1/chat/completions";
        for (int turn = 0; turn < 3; turn++) {
            Wrk.run(baseline + nativePath, 16, 20, baselineBearer, List.of(), NATIVE_WHOLE);
            Wrk.run(gateway + nativePath, 16, 20, bearer, List.of(), NATIVE_WHOLE);
            Wrk.run(baseline + openAiPath, 16, 20, baselineBearer, List.of(), openAiBody(false));
            Wrk.run(gateway + openAiPath, 16, 20, bearer, List.of(), openAiBody(false));
        }
        for (int clients : new int[] {1, 16}) {
            double[] nativeCell = beforeAndAfter(baseline + nativePath, gateway + nativePath, clients, NATIVE_WHOLE);
            double[] openAiCell = beforeAndAfter(baseline + openAiPath, gateway + openAiPath, clients, openAiBody(false));
            report.line(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f |", clients,
                    nativeCell[0], nativeCell[1], nativeCell[2], nativeCell[3], nativeCell[3] / nativeCell[2],
                    openAiCell[0], openAiCell[1], openAiCell[2], openAiCell[3], openAiCell[3] / openAiCell[2]));
        }
        errorCells.forEach(cell -> report.line("- **error answers**: " + cell));
        report.line("");
    }

    /** p50 before, p50 after, req/s before, req/s after: each the mean of two cells, measured before, after, after, before. */
    private double[] beforeAndAfter(String before, String after, int clients, String body) throws Exception {
        Wrk.Result before1 = Wrk.run(before, clients, seconds, baselineBearer, List.of(), body);
        Wrk.Result after1 = Wrk.run(after, clients, seconds, bearer, List.of(), body);
        Wrk.Result after2 = Wrk.run(after, clients, seconds, bearer, List.of(), body);
        Wrk.Result before2 = Wrk.run(before, clients, seconds, baselineBearer, List.of(), body);
        for (Wrk.Result r : List.of(before1, after1, after2, before2)) {
            if (r.non2xx() + r.socketErrors() > 0) {
                errorCells.add(clients + " clients, " + (r == before1 || r == before2 ? before : after) + ": " + r);
            }
        }
        return new double[] {(before1.p50Millis() + before2.p50Millis()) / 2, (after1.p50Millis() + after2.p50Millis()) / 2,
                (before1.requestsPerSecond() + before2.requestsPerSecond()) / 2, (after1.requestsPerSecond() + after2.requestsPerSecond()) / 2};
    }

    private void streamed() throws Exception {
        report.line("### Streamed answers (streams started at once, each to its end)");
        report.line("");
        report.line("First event: from sending the request to reading the first data event with content (the first chunk). "
                + "Event delay: from the upstream's write to this client's read, per event. p50 / p99 / max in ms.");
        report.line("");
        report.line("| streams | direct (MaiAgent route) first | gateway native first | gateway OpenAI first | OpenAI − native first p50 | Portkey first "
                + "| gateway native event delay | gateway OpenAI event delay | Portkey event delay | failed (native / OpenAI / Portkey) |");
        report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        StreamLoad load = new StreamLoad();
        URI nativeUrl = URI.create(gateway + "/api/v1/chatbots/" + chatbot + "/completions");
        URI openAiUrl = URI.create(gateway + "/openai/v1/chat/completions");
        URI portkeyUrl = URI.create(portkey + "/v1/chat/completions");
        Map<String, String> route = Map.of("x-portkey-provider", "openai", "x-portkey-custom-host", upstream + "/v1");
        load.run(nativeUrl, bearer, NATIVE_STREAMED, 20, null); // warm-up
        load.run(openAiUrl, bearer, openAiBody(true), 20, null);
        for (int streams : new int[] {20, 100}) {
            StreamLoad.Result direct = load.run(URI.create(upstream + "/api/v1/chatbots/" + chatbot + "/completions/"), "Api-Key bench",
                    NATIVE_STREAMED, streams, null);
            StreamLoad.Result nativeStream = load.run(nativeUrl, bearer, NATIVE_STREAMED, streams, null);
            StreamLoad.Result openAi = load.run(openAiUrl, bearer, openAiBody(true), streams, null);
            StreamLoad.Result peer = portkey.isEmpty() ? null : load.run(portkeyUrl, "Bearer bench", route, openAiBody(true), streams, null);
            double added = Stats.p(openAi.firstEventMillis(), 50) - Stats.p(nativeStream.firstEventMillis(), 50);
            report.line(String.format(Locale.ROOT, "| %d | %s | %s | %s | %+.2f | %s | %s | %s | %s | %d / %d / %s |", streams,
                    Stats.summary(direct.firstEventMillis()), Stats.summary(nativeStream.firstEventMillis()),
                    Stats.summary(openAi.firstEventMillis()), added, peer == null ? "not measured" : Stats.summary(peer.firstEventMillis()),
                    Stats.summary(nativeStream.eventDelaysMillis()), Stats.summary(openAi.eventDelaysMillis()),
                    peer == null ? "" : Stats.summary(peer.eventDelaysMillis()),
                    nativeStream.failed(), openAi.failed(), peer == null ? "-" : Integer.toString(peer.failed())));
        }
        report.line("");
        firstChunk(load, nativeUrl, openAiUrl, portkeyUrl, route);
    }

    /** The first chunk of one stream at a time: the relay's own cost, without a burst's queueing. */
    private void firstChunk(StreamLoad load, URI nativeUrl, URI openAiUrl, URI portkeyUrl, Map<String, String> route) throws Exception {
        int count = 50;
        report.line("### First chunk, one stream at a time (" + count + " streams each, read to their first chunk and closed)");
        report.line("");
        report.line("| direct (MaiAgent route) | gateway native | gateway OpenAI | OpenAI − native p50 | direct (OpenAI route) | Portkey |");
        report.line("|---:|---:|---:|---:|---:|---:|");
        load.firstEventsOneAtATime(nativeUrl, bearer, Map.of(), NATIVE_STREAMED, 20); // warm-up
        load.firstEventsOneAtATime(openAiUrl, bearer, Map.of(), openAiBody(true), 20);
        List<Double> direct = load.firstEventsOneAtATime(URI.create(upstream + "/api/v1/chatbots/" + chatbot + "/completions/"),
                "Api-Key bench", Map.of(), NATIVE_STREAMED, count);
        List<Double> nativeStream = load.firstEventsOneAtATime(nativeUrl, bearer, Map.of(), NATIVE_STREAMED, count);
        List<Double> openAi = load.firstEventsOneAtATime(openAiUrl, bearer, Map.of(), openAiBody(true), count);
        List<Double> directOpenAi = load.firstEventsOneAtATime(URI.create(upstream + "/v1/chat/completions"), "Bearer bench", Map.of(),
                openAiBody(true), count);
        String peer = "not measured";
        if (!portkey.isEmpty()) {
            try {
                peer = Stats.summary(load.firstEventsOneAtATime(portkeyUrl, "Bearer bench", route, openAiBody(true), count));
            } catch (java.io.IOException cut) {
                // The peer's failure is a finding about the peer, not a reason to lose the run.
                peer = "failed: a stream was cut before its first chunk (" + cut.getMessage() + ")";
            }
        }
        double added = Stats.p(openAi, 50) - Stats.p(nativeStream, 50);
        report.line(String.format(Locale.ROOT, "| %s | %s | %s | %+.2f | %s | %s |", Stats.summary(direct), Stats.summary(nativeStream),
                Stats.summary(openAi), added, Stats.summary(directOpenAi), peer));
        report.line("");
        report.target("OpenAI first chunk within 2 ms p50 of the native stream's first event (one stream at a time)", added < 2,
                String.format(Locale.ROOT, "%+.2f ms", added));
    }

    private static String cell(Wrk.Result r) {
        return String.format(Locale.ROOT, "%.2f / %.2f%s", r.p50Millis(), r.p99Millis(),
                r.non2xx() + r.socketErrors() > 0 ? " (errors: " + (r.non2xx() + r.socketErrors()) + ")" : "");
    }
}
