import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MaiAgent that answers as fast as the machine allows, so the upstream is never what is measured:
 * the bytes the simulator recorded for an inbox's conversations, one conversation, its messages and the file specs; completions,
 * whole or streamed, whose every delta carries the instant it was written, on MaiAgent's route and on
 * OpenAI's (for a peer that speaks only OpenAI); an object storage that counts and discards. One virtual thread per exchange (JDK 21+).
 * <p>
 * Usage: java FastUpstream.java PORT FIXTURES_DIR EVENTS INTERVAL_MS
 */
public final class FastUpstream {

    private static final Pattern FILENAME = Pattern.compile("\"filename\"\\s*:\\s*\"([^\"]*)\"");

    private final byte[] conversations;
    private final byte[] conversation;
    private final byte[] messages;
    private final byte[] specs;
    private final int events;
    private final long intervalMillis;
    private final int port;

    FastUpstream(int port, Path fixtures, int events, long intervalMillis) throws IOException {
        this.port = port;
        this.conversations = Files.readAllBytes(fixtures.resolve("conversations.json"));
        this.conversation = Files.readAllBytes(fixtures.resolve("conversation.json"));
        this.messages = Files.readAllBytes(fixtures.resolve("messages.json"));
        this.specs = Files.readAllBytes(fixtures.resolve("allowed-file-specs.json"));
        this.events = events;
        this.intervalMillis = intervalMillis;
    }

    public static void main(String[] args) throws IOException {
        // Headers and body go out in separate writes: without TCP_NODELAY, Nagle holds the body for the client's delayed ACK (40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // The JDK server closes every connection that falls idle beyond 200 idle ones, at once: the harness's 1,000 direct
        // streams left that many, and the gateway's pooled connections were then closed under it (NoHttpResponse, 503).
        System.setProperty("sun.net.httpserver.maxIdleConnections", "100000");
        FastUpstream upstream = new FastUpstream(Integer.parseInt(args[0]), Path.of(args[1]),
                Integer.parseInt(args[2]), Long.parseLong(args[3]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", upstream.port), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", upstream::handle);
        server.start();
        System.out.println("fast upstream on 127.0.0.1:" + upstream.port);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/storage/")) {
                long bytes = drain(exchange.getRequestBody());
                exchange.getResponseHeaders().add("X-Bytes-Stored", Long.toString(bytes));
                exchange.sendResponseHeaders(204, -1);
            } else if (method.equals("POST") && path.equals("/v1/chat/completions")) {
                // OpenAI's own route, for a peer that carries OpenAI-shaped calls only (Portkey's provider openai).
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (body.contains("\"stream\":true")) {
                    stream(exchange, FastUpstream::openAiChunk, "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    json(exchange, 200, openAiWhole(stamp()));
                }
            } else if (!path.startsWith("/api/v1/")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (method.equals("GET") && path.equals("/api/v1/conversations/")) {
                json(exchange, 200, conversations);
            } else if (method.equals("GET") && path.matches("/api/v1/conversations/[^/]+/")) {
                json(exchange, 200, conversation);
            } else if (method.equals("GET") && path.equals("/api/v1/messages/")) {
                json(exchange, 200, messages);
            } else if (method.equals("GET") && path.equals("/api/v1/allowed-file-specs/")) {
                json(exchange, 200, specs);
            } else if (method.equals("POST") && path.matches("/api/v1/chatbots/[^/]+/completions/")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (body.contains("\"is_streaming\":true")) {
                    String conversationId = UUID.randomUUID().toString();
                    stream(exchange, content -> event(content, conversationId, false), event("", conversationId, true));
                } else {
                    json(exchange, 200, ("{\"content\":\"" + stamp() + "\",\"conversationId\":\"" + UUID.randomUUID() + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
                }
            } else if (method.equals("POST") && path.equals("/api/v1/upload-presigned-url/")) {
                String filename = filename(exchange);
                json(exchange, 200, ("{\"url\":\"http://127.0.0.1:" + port + "/storage/\",\"fields\":{\"key\":\"bench/"
                        + UUID.randomUUID() + "/" + filename + "\",\"policy\":\"bench\"}}").getBytes(StandardCharsets.UTF_8));
            } else if (method.equals("POST") && path.matches("/api/v1/(conversations/[^/]+/)?attachments/")) {
                String filename = filename(exchange);
                json(exchange, 201, ("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"document\",\"filename\":\"" + filename
                        + "\",\"file\":\"http://127.0.0.1:" + port + "/storage/bench/" + filename + "\"}").getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    /** Deltas {@code interval} apart, each saying when it was written ("t<epoch µs> "), then the last event. */
    private void stream(HttpExchange exchange, java.util.function.Function<String, byte[]> delta, byte[] last) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * intervalMillis * 1_000_000;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                out.write(delta.apply(stamp()));
                out.flush();
            }
            out.write(last);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientLeft) {
            // the gateway hung up
        }
    }

    private static String stamp() {
        return "t" + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) + " ";
    }

    private static byte[] openAiChunk(String content) {
        return ("data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] openAiWhole(String content) {
        return ("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] event(String content, String conversationId, boolean done) {
        return ("data: {\"content\":\"" + content + "\",\"conversation_id\":\"" + conversationId + "\",\"done\":" + done + "}\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String filename(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = FILENAME.matcher(body);
        return m.find() ? m.group(1) : "file";
    }

    private static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }
}
