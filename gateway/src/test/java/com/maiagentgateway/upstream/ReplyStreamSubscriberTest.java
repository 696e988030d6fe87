package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.ReplyDelta;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A streamed completion read over real HTTP with the JDK client the relay uses: after done, the connection goes back to
 * the client's pool when MaiAgent ends the body, and is closed when it does not end it soon.
 */
class ReplyStreamSubscriberTest {

    private static final String DELTA = "data: {\"content\":\"Hel\",\"conversation_id\":\"c-1\",\"done\":false}\n\n";
    private static final String DONE = "data: {\"content\":\"Hello\",\"conversation_id\":\"c-1\",\"done\":true}\n\n";

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        watchdog.shutdownNow();
    }

    private URI serve(Consumer<OutputStream> afterDone) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", (HttpExchange exchange) -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write((DELTA + DONE).getBytes(StandardCharsets.UTF_8));
            out.flush();
            afterDone.accept(out);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/completions/");
    }

    private CompletableFuture<ReplyDelta> ask(URI uri) {
        ReplyStreamSubscriber reply = new ReplyStreamSubscriber(delta -> CompletableFuture.completedFuture(null), 30_000, watchdog);
        client.sendAsync(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), answer -> reply);
        return reply.getBody().toCompletableFuture();
    }

    @Test
    void aStreamThatEndsAfterDoneLeavesItsConnectionForTheNext() throws Exception {
        URI uri = serve(out -> { });
        assertEquals("Hello", ask(uri).get(5, TimeUnit.SECONDS).content());
        Thread.sleep(200); // the body's end reaches the client just after done
        assertEquals("Hello", ask(uri).get(5, TimeUnit.SECONDS).content());
        assertEquals(2, clientPorts.size());
        assertEquals(clientPorts.get(0), clientPorts.get(1), "the second stream came on the first one's connection");
    }

    @Test
    void aStreamKeptOpenAfterDoneIsAnsweredAtOnceAndItsConnectionClosedSoon() throws Exception {
        CountDownLatch closedByTheClient = new CountDownLatch(1);
        URI uri = serve(out -> {
            try {
                for (int i = 0; i < 100; i++) { // 10 s of comments unless the client hangs up
                    Thread.sleep(100);
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException hungUp) {
                closedByTheClient.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long asked = System.nanoTime();
        assertEquals("Hello", ask(uri).get(5, TimeUnit.SECONDS).content());
        assertTrue(Duration.ofNanos(System.nanoTime() - asked).toMillis() < 3000, "done answers at once, without the body's end");
        assertTrue(closedByTheClient.await(ReplyStreamSubscriber.AFTER_DONE_MILLIS + 4000, TimeUnit.MILLISECONDS),
                "a body that does not end after done is not read for ever");
        ask(uri).get(5, TimeUnit.SECONDS);
        assertNotEquals(clientPorts.get(0), clientPorts.get(1), "the closed connection is not used again");
    }

    @Test
    void moreThanAnEndAfterDoneClosesTheConnectionWithoutWaiting() throws Exception {
        CountDownLatch closedByTheClient = new CountDownLatch(1);
        URI uri = serve(out -> {
            try {
                byte[] chunk = (": " + "x".repeat(1000) + "\n\n").getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200; i++) {
                    out.write(chunk);
                    out.flush();
                    Thread.sleep(2); // 200 KB over 0.4 s, well before the wait after done would end
                }
                Thread.sleep(5000);
            } catch (IOException hungUp) {
                closedByTheClient.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertEquals("Hello", ask(uri).get(5, TimeUnit.SECONDS).content());
        assertTrue(closedByTheClient.await(ReplyStreamSubscriber.AFTER_DONE_MILLIS - 200, TimeUnit.MILLISECONDS),
                "the connection is closed once more than " + ReplyStreamSubscriber.AFTER_DONE_BYTES + " bytes follow done");
    }
}
