import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two gateway nodes on one PostgreSQL (bench/cluster starts them). 1: reply delivery, webhook sent to
 * node A → event read by a listener on A (same node) and by one on B (the other node), the same
 * deliveries read on both, side by side; lost and duplicated events counted. 2: webhook intake,
 * unique deliveries spread over both nodes by N senders at once, deliveries per second.
 */
final class ClusterBench {

    private static final Pattern MESSAGE_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String nodeA = System.getProperty("nodeA");
    private final String nodeB = System.getProperty("nodeB");
    private final String basic = "Basic " + Base64.getEncoder().encodeToString(System.getProperty("basic").getBytes(StandardCharsets.UTF_8));
    private final String secret = System.getProperty("secret");
    private final int listeners = Integer.getInteger("listeners", 200);
    private final int deliveries = Integer.getInteger("deliveries", 400);
    private final int ratePerSecond = Integer.getInteger("rate", 20);
    private final int warmup = Integer.getInteger("warmup", 200);
    private final int intakeSeconds = Integer.getInteger("seconds", 10);
    private final List<Integer> senders = List.of(System.getProperty("senders", "4,16,64").split(",")).stream().map(Integer::valueOf).toList();

    public static void main(String[] args) throws Exception {
        new ClusterBench().run(Path.of(System.getProperty("results")));
    }

    void run(Path results) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("# Two nodes, one PostgreSQL\n\n").append(System.getProperty("about")).append("\n\n");
        report.append(delivery()).append('\n').append(intake());
        System.out.println(report);
        Files.createDirectories(results);
        Files.writeString(results.resolve("cluster-latest.md"), report);
    }

    /** Where each listener read each message, in nanoTime; and how often. */
    record Reading(String node, ConcurrentHashMap<String, Long> firstRead, AtomicInteger duplicates) {
    }

    String delivery() throws Exception {
        int conversations = listeners / 2;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        List<Reading> sameNode = new ArrayList<>();
        List<Reading> otherNode = new ArrayList<>();
        ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch open = new CountDownLatch(conversations * 2);
        List<InputStream> bodies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Reading[]> byConversation = new ConcurrentHashMap<>();
        for (String conversation : ids) {
            Reading onA = new Reading("A", new ConcurrentHashMap<>(), new AtomicInteger());
            Reading onB = new Reading("B", new ConcurrentHashMap<>(), new AtomicInteger());
            sameNode.add(onA);
            otherNode.add(onB);
            byConversation.put(conversation, new Reading[] {onA, onB});
            readers.submit(() -> listen(nodeA, conversation, onA, open, bodies));
            readers.submit(() -> listen(nodeB, conversation, onB, open, bodies));
        }
        if (!open.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("listeners not open after 60 s: " + open.getCount() + " left");
        }
        Thread.sleep(1000);

        // Both nodes' code paths warm (JIT) before anything is counted: the same deliveries, unmeasured.
        for (int i = 0; i < warmup; i++) {
            HTTP.send(webhook(i % 2 == 0 ? nodeA : nodeB, UUID.randomUUID().toString(), ids.get(i % conversations)),
                    HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1000 / ratePerSecond);
        }
        Thread.sleep(2000);
        sameNode.forEach(r -> r.firstRead().clear());
        otherNode.forEach(r -> r.firstRead().clear());

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, String> conversationOf = new ConcurrentHashMap<>();
        long pause = 1_000_000_000L / ratePerSecond;
        long next = System.nanoTime();
        for (int i = 0; i < deliveries; i++) {
            String conversation = ids.get(i % conversations);
            String messageId = UUID.randomUUID().toString();
            conversationOf.put(messageId, conversation);
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            next += pause;
            sentAt.put(messageId, System.nanoTime());
            HttpResponse<Void> accepted = HTTP.send(webhook(nodeA, messageId, conversation), HttpResponse.BodyHandlers.discarding());
            if (accepted.statusCode() != 200) {
                throw new IllegalStateException("webhook answered " + accepted.statusCode());
            }
        }
        Thread.sleep(3000);
        for (InputStream body : bodies) {
            body.close();
        }
        readers.shutdownNow();

        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        int lostSame = 0;
        int lostOther = 0;
        for (var sent : sentAt.entrySet()) {
            Reading[] readings = byConversation.get(conversationOf.get(sent.getKey()));
            Long a = readings[0].firstRead().get(sent.getKey());
            Long b = readings[1].firstRead().get(sent.getKey());
            if (a == null) {
                lostSame++;
            } else {
                same.add((a - sent.getValue()) / 1e6);
            }
            if (b == null) {
                lostOther++;
            } else {
                other.add((b - sent.getValue()) / 1e6);
            }
        }
        int duplicatesSame = sameNode.stream().mapToInt(r -> r.duplicates().get()).sum();
        int duplicatesOther = otherNode.stream().mapToInt(r -> r.duplicates().get()).sum();
        StringBuilder out = new StringBuilder();
        out.append("## 1. Reply delivery: webhook sent to node A → event read by a listener\n\n")
                .append(listeners).append(" listeners (").append(conversations).append(" conversations, one listener on each node), ")
                .append(deliveries).append(" deliveries to node A at ").append(ratePerSecond).append("/s after ").append(warmup)
                .append(" unmeasured ones to both nodes (JIT warm-up); ms from sending the webhook to reading the event.\n\n")
                .append("| listener | p50 | p90 | p99 | max | read | lost | twice |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
                .append(row("on node A (same node)", same, lostSame, duplicatesSame))
                .append(row("on node B (the other node)", other, lostOther, duplicatesOther))
                .append(String.format("%nCross-node adds %.2f ms at p50 and %.2f ms at p99 over same-node (B ÷ A at p99: %.2f).%n",
                        Stats.p(other, 50) - Stats.p(same, 50), Stats.p(other, 99) - Stats.p(same, 99), Stats.p(other, 99) / Stats.p(same, 99)));
        return out.toString();
    }

    private static String row(String name, List<Double> delays, int lost, int twice) {
        return String.format("| %s | %.2f | %.2f | %.2f | %.2f | %d | %d | %d |%n", name, Stats.p(delays, 50), Stats.p(delays, 90),
                Stats.p(delays, 99), Stats.p(delays, 100), delays.size(), lost, twice);
    }

    private void listen(String node, String conversation, Reading reading, CountDownLatch open, List<InputStream> bodies) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/api/v1/conversations/" + conversation + "/replies"))
                    .header("Authorization", basic).header("Accept", "text/event-stream").build();
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            bodies.add(response.body());
            open.countDown();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        long now = System.nanoTime();
                        Matcher id = MESSAGE_ID.matcher(line);
                        if (id.find() && reading.firstRead().putIfAbsent(id.group(1), now) != null) {
                            reading.duplicates().incrementAndGet();
                        }
                    }
                }
            }
        } catch (Exception closed) {
            // the run is over
        }
    }

    private HttpRequest webhook(String node, String messageId, String conversation) {
        String body = "{\"id\":\"" + messageId + "\",\"conversation\":\"" + conversation + "\",\"sender\":{\"id\":789,\"name\":\"AI\"},"
                + "\"type\":\"outgoing\",\"content\":\"bench\",\"created_at\":\"1748314926000\",\"attachments\":[],\"citations\":[]}";
        return HttpRequest.newBuilder(URI.create(node + "/webhooks/maiagent?secret=" + secret)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    String intake() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("## 2. Webhook intake on PostgreSQL, two nodes\n\n")
                .append("Unique deliveries, each sender alternating between the nodes, ").append(intakeSeconds)
                .append(" s per row, over 1000 conversations without listeners; CPU is the machine's, from /proc/stat.\n\n")
                .append("| senders | deliveries/s | p50 ms | p99 ms | failed | machine CPU busy |\n|---:|---:|---:|---:|---:|---:|\n");
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            conversations.add(UUID.randomUUID().toString());
        }
        for (int count : senders) {
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failed = new AtomicInteger();
            AtomicLong done = new AtomicLong();
            long[] cpuBefore = cpu();
            Instant end = Instant.now().plus(intakeSeconds, ChronoUnit.SECONDS);
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int s = 0; s < count; s++) {
                    int sender = s;
                    pool.submit(() -> {
                        int n = 0;
                        while (Instant.now().isBefore(end)) {
                            String node = (sender + n++) % 2 == 0 ? nodeA : nodeB;
                            long start = System.nanoTime();
                            try {
                                HttpResponse<Void> answer = HTTP.send(webhook(node, UUID.randomUUID().toString(),
                                        conversations.get((int) (done.get() % conversations.size()))), HttpResponse.BodyHandlers.discarding());
                                if (answer.statusCode() == 200) {
                                    latencies.add((System.nanoTime() - start) / 1e6);
                                    done.incrementAndGet();
                                } else {
                                    failed.incrementAndGet();
                                }
                            } catch (Exception e) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
            }
            long[] cpuAfter = cpu();
            double busy = 1.0 - (double) (cpuAfter[1] - cpuBefore[1]) / (cpuAfter[0] - cpuBefore[0]);
            out.append(String.format("| %d | %.0f | %.2f | %.2f | %d | %.0f%% |%n", count, done.get() / (double) intakeSeconds,
                    Stats.p(latencies, 50), Stats.p(latencies, 99), failed.get(), busy * 100));
        }
        return out.toString();
    }

    /** The machine's total and idle jiffies. */
    private static long[] cpu() throws Exception {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }
}
