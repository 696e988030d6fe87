import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N streamed completions at once, each read on its own virtual thread as an SSE client would. Every
 * delta carries the instant the upstream wrote it ("t<epoch µs>"), so the delay to this client is
 * measured per event on the machine's one clock.
 */
final class StreamLoad {

    private static final Pattern WRITTEN_AT = Pattern.compile("\"content\":\"t(\\d+) ");

    /** {@code eventDelaysMillis} leaves out events the measuring touched (see {@link #run}); {@code pausedEvents} counts them. */
    record Result(int streams, int completed, int failed, List<Double> eventDelaysMillis, List<Double> firstEventMillis,
                  int openAtSample, int pausedEvents, List<Double> steadyDelaysMillis, long startedAtMicros, List<long[]> writtenAndDelayMicros) {

        /** How many events were delayed more than {@code overMillis}, by the second of the run the upstream wrote them in. */
        java.util.SortedMap<Long, Integer> slowBySecond(double overMillis) {
            java.util.SortedMap<Long, Integer> bySecond = new java.util.TreeMap<>();
            for (long[] event : writtenAndDelayMicros) {
                if (event[1] > overMillis * 1000) {
                    bySecond.merge(Math.max(0, (event[0] - startedAtMicros) / 1_000_000), 1, Integer::sum);
                }
            }
            return bySecond;
        }
    }

    /** What to do once every stream has its first event (or the wait ran out): measure the server, say. */
    interface WhileOpen {
        void measure(int openNow) throws Exception;
    }

    private final List<HttpClient> clients = new ArrayList<>();

    StreamLoad() {
        // Several clients: one selector thread per client, so the driver is not what delays events.
        for (int i = 0; i < 4; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    /**
     * {@code count} streams one after another, each read to its first data event and then closed: the time from sending
     * the request to that event, in ms, without the queueing of many streams starting at once.
     */
    List<Double> firstEventsOneAtATime(URI url, String authorization, Map<String, String> headers, String body, int count) throws Exception {
        List<Double> firsts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response;
            try {
                response = clients.get(0).send(streamRequest(url, authorization, headers, body, Duration.ofSeconds(30)),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (java.io.IOException closedWhileIdle) {
                // A pooled connection the server closed as it went idle (Node's keep-alive is 5 s): the request never
                // reached it. Asked again on a new connection, timed from there.
                start = System.nanoTime();
                response = clients.get(0).send(streamRequest(url, authorization, headers, body, Duration.ofSeconds(30)),
                        HttpResponse.BodyHandlers.ofInputStream());
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode());
                }
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data:") && WRITTEN_AT.matcher(line).find()) {
                        firsts.add((System.nanoTime() - start) / 1e6);
                        break;
                    }
                }
            }
        }
        return firsts;
    }

    Result run(URI url, String authorization, String body, int streams, WhileOpen whileOpen) throws Exception {
        return run(url, authorization, Map.of(), body, streams, whileOpen);
    }

    /** The same, with more request header fields (the simulator's stream pacing, for instance). */
    Result run(URI url, String authorization, Map<String, String> headers, String body, int streams, WhileOpen whileOpen) throws Exception {
        List<Double> delays = Collections.synchronizedList(new ArrayList<>());
        // Events written or read while the server was being measured (a forced full GC) say nothing about the relay.
        java.util.concurrent.atomic.AtomicLongArray measuring = new java.util.concurrent.atomic.AtomicLongArray(new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
        AtomicInteger paused = new AtomicInteger();
        List<Double> firsts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger open = new AtomicInteger();
        CountDownLatch allFlowing = new CountDownLatch(streams);
        // Events the upstream wrote once every stream had its first: the relay's steady state, apart from the start burst.
        java.util.concurrent.atomic.AtomicLong allFlowingAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        List<Double> steady = Collections.synchronizedList(new ArrayList<>());
        List<long[]> stamped = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> whyFailed = new java.util.concurrent.ConcurrentHashMap<>();
        long startedAt = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < streams; s++) {
                HttpClient client = clients.get(s % clients.size());
                threads.submit(() -> {
                    boolean counted = false;
                    try {
                        long start = System.nanoTime();
                        HttpResponse<InputStream> response = client.send(streamRequest(url, authorization, headers, body, Duration.ofSeconds(120)),
                                HttpResponse.BodyHandlers.ofInputStream());
                        if (response.statusCode() != 200) {
                            response.body().close();
                            failed.incrementAndGet();
                            whyFailed.merge("answered " + response.statusCode(), 1, Integer::sum);
                            return null;
                        }
                        boolean done = false;
                        String event = "message";
                        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                            for (String line; (line = lines.readLine()) != null; ) {
                                if (line.startsWith("event:")) {
                                    event = line.substring(6).trim();
                                    continue;
                                }
                                if (line.isEmpty()) {
                                    event = "message";
                                }
                                if (!line.startsWith("data:")) {
                                    continue;
                                }
                                long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
                                // The gateway names its last event "done"; MaiAgent marks it with done: true; OpenAI's streams end in [DONE].
                                if (event.equals("done") || line.contains("\"done\":true") || line.equals("data: [DONE]")) {
                                    done = true;
                                    break;
                                }
                                Matcher m = WRITTEN_AT.matcher(line);
                                if (!event.equals("error") && m.find()) {
                                    long written = Long.parseLong(m.group(1));
                                    if (now >= measuring.get(0) && written <= measuring.get(1)) {
                                        paused.incrementAndGet();
                                    } else {
                                        delays.add((now - written) / 1000.0);
                                        stamped.add(new long[] {written, now - written});
                                        if (written > allFlowingAt.get()) {
                                            steady.add((now - written) / 1000.0);
                                        }
                                    }
                                }
                                // An event without the upstream's write time (the simulator's) still counts as the first.
                                if (!event.equals("error") && !counted) {
                                    counted = true;
                                    firsts.add((System.nanoTime() - start) / 1e6);
                                    open.incrementAndGet();
                                    allFlowing.countDown();
                                    if (allFlowing.getCount() == 0) {
                                        allFlowingAt.compareAndSet(Long.MAX_VALUE, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                                    }
                                }
                            }
                        }
                        if (done) {
                            completed.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            whyFailed.merge("ended without its last event, the last named " + event, 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        whyFailed.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                    } finally {
                        if (counted) {
                            open.decrementAndGet();
                        } else {
                            allFlowing.countDown();
                        }
                    }
                    return null;
                });
            }
            allFlowing.await(60, TimeUnit.SECONDS);
            int openAtSample = open.get();
            if (whileOpen != null) {
                measuring.set(0, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                whileOpen.measure(openAtSample);
                measuring.set(1, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
            }
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.MINUTES);
            if (!whyFailed.isEmpty()) {
                // The report counts failures; the console says what they were.
                System.out.println("== " + failed.get() + " of " + streams + " streams to " + url + " failed: " + whyFailed);
            }
            return new Result(streams, completed.get(), failed.get(), new ArrayList<>(delays), new ArrayList<>(firsts), openAtSample, paused.get(),
                    new ArrayList<>(steady), startedAt, new ArrayList<>(stamped));
        }
    }

    /** A streamed completion's request: JSON in, an event stream asked for. */
    private static HttpRequest streamRequest(URI url, String authorization, Map<String, String> headers, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return request.build();
    }
}
