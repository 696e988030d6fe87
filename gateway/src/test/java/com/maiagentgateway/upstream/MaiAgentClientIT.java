package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.GatewayWar;
import com.maiagentgateway.it.SimulatorOverrides;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.model.StoredUpload;
import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client layer in the server, against the simulator's fault switches: what is retried and
 * what is not, Retry-After, the breaker, timeouts, streaming, and where the key goes.
 */
@ExtendWith(ArquillianExtension.class)
@SimulatorOverrides("stream-delay-ms=100")
class MaiAgentClientIT {

    static final String WEB_INBOX = seeded("inbox-web");
    static final String WEB_CHAT = seeded("webchat-main");
    static final String SUPPORT_BOT = seeded("chatbot-support");

    @Deployment
    static WebArchive gateway() {
        return GatewayWar.withConfig("client",
                        "maiagent.read-timeout-ms", "1500",
                        "com.maiagentgateway.upstream.MaiAgentRecords/CircuitBreaker/delay", "1500",
                        "com.maiagentgateway.upstream.MaiAgentConversations/CircuitBreaker/delay", "1500",
                        "com.maiagentgateway.upstream.MaiAgentCompletions/CircuitBreaker/delay", "1500")
                .addClasses(MaiAgentClientIT.class, GatewayWar.class);
    }

    static String seeded(String name) {
        return UUID.nameUUIDFromBytes(("maiagent-simulator:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Inject
    MaiAgentConversations conversations;

    @Inject
    MaiAgentCompletions completions;

    @Inject
    MaiAgentRecords records;

    @Inject
    MaiAgentAttachments attachments;

    @Inject
    MaiAgentSettings settings;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Arms a fault at the simulator for the next {@code times} answers of an endpoint (0: until cleared). */
    private void arm(String endpoint, String fault, int times) throws Exception {
        HttpResponse<String> armed = http.send(control("faults/")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"endpoint\":\"" + endpoint + "\",\"fault\":\"" + fault + "\",\"times\":" + times + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, armed.statusCode(), armed.body());
    }

    private HttpRequest.Builder control(String path) {
        String simulator = settings.baseUrl().replaceAll("/api(/v1)?$", "");
        return HttpRequest.newBuilder(URI.create(simulator + "/control/" + path))
                .header("Authorization", "Api-Key " + ConfigProvider.getConfig().getValue("maiagent.api-key", String.class));
    }

    @AfterEach
    void disarm() throws Exception {
        if (settings == null) {
            return; // a client-side test
        }
        http.send(control("faults/").DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void readsSurviveFailuresThatPass() throws Exception {
        arm("conversations", "status=503", 2);
        assertFalse(conversations.list(WEB_INBOX, null, null, 5).items().isEmpty(), "third try answers");

        arm("conversations", "drop", 1);
        assertFalse(conversations.list(WEB_INBOX, null, null, 5).items().isEmpty(), "a dropped answer is asked again");
    }

    @Test
    void writesAreNotRetried() throws Exception {
        Conversation conversation = conversations.create(WEB_CHAT);
        arm("messages", "status=503", 1);
        MaiAgentBusyException refused = assertThrows(MaiAgentBusyException.class,
                () -> conversations.send(conversation.id(), OutgoingMessage.text("hello")));
        assertEquals(503, refused.status());
        // The one armed failure was used by the one call: the next send goes through.
        assertEquals("hello", conversations.send(conversation.id(), OutgoingMessage.text("hello")).content());

        arm("completions", "drop", 1);
        assertThrows(MaiAgentUnreachableException.class,
                () -> completions.complete(SUPPORT_BOT, new CompletionRequest(null, "hi", List.of(), null, null, null)));
        assertNotNull(completions.complete(SUPPORT_BOT, new CompletionRequest(null, "hi", List.of(), null, null, null)).conversationId());
    }

    @Test
    void retryAfterIsWaitedOutUpToTheCap() throws Exception {
        arm("conversations", "status=429,retry-after=1", 1);
        long start = System.nanoTime();
        conversations.list(WEB_INBOX, null, null, 5);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 1000, "waited as asked");

        arm("conversations", "status=429,retry-after=60", 1);
        start = System.nanoTime();
        MaiAgentThrottledException throttled = assertThrows(MaiAgentThrottledException.class,
                () -> conversations.list(WEB_INBOX, null, null, 5));
        assertEquals(60L, throttled.retryAfterSeconds());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "a long wait is passed on at once");
    }

    @Test
    void clientErrorsAreNeitherRetriedNorCountedAsFailures() {
        MaiAgentErrorException notFound = assertThrows(MaiAgentErrorException.class,
                () -> conversations.get("00000000-0000-4000-8000-000000000000"));
        assertEquals(404, notFound.status());
        assertEquals("Not found.", notFound.detail());
    }

    @Test
    void breakerOpensOnRepeatedFailuresAndRecovers() throws Exception {
        RecordsQuery query = new RecordsQuery(SUPPORT_BOT, LocalDate.now(ZoneOffset.UTC).minusDays(7), LocalDate.now(ZoneOffset.UTC), null, null);
        arm("records", "status=502", 0);
        boolean opened = false;
        for (int i = 0; i < 10 && !opened; i++) {
            try {
                records.list(query, 1, 5);
            } catch (MaiAgentBusyException expected) {
                // still counting
            } catch (CircuitBreakerOpenException open) {
                opened = true;
            }
        }
        assertTrue(opened, "the breaker opened");
        disarm();
        assertThrows(CircuitBreakerOpenException.class, () -> records.list(query, 1, 5), "open: MaiAgent is not even asked");
        Thread.sleep(1700);
        assertTrue(records.list(query, 1, 5).count() > 0, "half-open, then closed again");
    }

    /** A 500 is MaiAgent failing, not the caller: not retried, but counted until the breaker opens. */
    @Test
    void serverErrorsOpenTheBreakerToo() throws Exception {
        String id = seeded("conversation-2");
        arm("conversations", "status=500", 0);
        boolean opened = false;
        for (int i = 0; i < 12 && !opened; i++) {
            try {
                conversations.get(id);
            } catch (MaiAgentServerErrorException expected) {
                assertEquals(500, expected.status());
            } catch (CircuitBreakerOpenException open) {
                opened = true;
            }
        }
        assertTrue(opened, "the breaker opened on 500s");
        disarm();
        Thread.sleep(1700);
        conversations.get(id);
        assertEquals(id, conversations.get(id).id(), "half-open, then closed again");
    }

    /** Streams that MaiAgent refuses count against it as synchronous calls do (the stage fails with the bare cause). */
    @Test
    void refusedStreamsOpenTheStreamBreaker() throws Exception {
        arm("completions", "status=503", 0);
        boolean opened = false;
        for (int i = 0; i < 12 && !opened; i++) {
            try {
                streamed(new CompletionRequest(null, "hi", List.of(), null, null, null), d -> { });
            } catch (MaiAgentBusyException expected) {
                assertEquals(503, expected.status());
            } catch (CircuitBreakerOpenException open) {
                opened = true;
            }
        }
        assertTrue(opened, "the stream breaker opened on 503s");
        disarm();
        // Close it again for the other tests: two quick streams once it is half-open.
        settings("{\"stream-delay-ms\":\"0\"}");
        try {
            Thread.sleep(1700);
            for (int i = 0; i < 2; i++) {
                assertNotNull(streamed(new CompletionRequest(null, "hi", List.of(), null, null, null), d -> { }).conversationId());
            }
        } finally {
            settings("{\"stream-delay-ms\":\"100\"}");
        }
    }

    private void settings(String json) throws Exception {
        HttpResponse<String> set = http.send(control("settings/").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, set.statusCode(), set.body());
    }

    @Test
    void aSilentMaiAgentTimesOutWithinTheBound() throws Exception {
        arm("allowed-file-specs", "latency=6000", 0);
        long start = System.nanoTime();
        MaiAgentUnreachableException timeout = assertThrows(MaiAgentUnreachableException.class, () -> attachments.allowedFileSpecs());
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(timeout.timedOut());
        // one try, cut at the 1.5 s read timeout: a silence is not asked again (three tries were 4.5 s, 90 s with the default 30 s)
        assertTrue(timeout instanceof MaiAgentSilentException);
        assertTrue(took >= 1400 && took < 3500, took + " ms");
    }

    @Test
    void malformedJsonIsAProtocolErrorNotRetried() throws Exception {
        arm("conversations", "malformed", 1);
        assertThrows(MaiAgentProtocolException.class, () -> conversations.list(WEB_INBOX, null, null, 5));
    }

    /** A streamed completion, waited for; its failure rethrown as it is. */
    private ReplyDelta streamed(CompletionRequest request, java.util.function.Consumer<ReplyDelta> onDelta) {
        try {
            return completions.stream(SUPPORT_BOT, request, delta -> {
                onDelta.accept(delta);
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }, null).toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Test
    void streamedDeltasArriveAsTheyAreSent() {
        List<Long> arrivals = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        long start = System.nanoTime();
        ReplyDelta end = streamed(new CompletionRequest(null, "How do I reset my password?", List.of(), null, null, null),
                delta -> {
                    arrivals.add((System.nanoTime() - start) / 1_000_000);
                    text.append(delta.content());
                });
        assertEquals(text.toString(), end.content());
        assertNotNull(end.conversationId());
        assertTrue(arrivals.size() > 10);
        // 100 ms apart as sent: the first six spread over at least 300 ms (all at once if held back), no gap far longer.
        assertTrue(arrivals.get(5) - arrivals.get(0) >= 300, "the first six deltas came within " + (arrivals.get(5) - arrivals.get(0)) + " ms");
        for (int i = 1; i < 6; i++) {
            long gap = arrivals.get(i) - arrivals.get(i - 1);
            assertTrue(gap <= 600, "gap " + i + ": " + gap + " ms");
        }
    }

    @Test
    void theClientsEndOfEachStreamRunsOnAPoolNotOnANewThread() {
        // Below 2 the JDK client's sendAsync completes each exchange on a thread started for it (jvm.options).
        assertTrue(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() >= 2,
                "common pool parallelism " + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    }

    @Test
    void aMessageIsReadWithItsConversationAsTheDocsRequire() {
        Conversation conversation = conversations.create(WEB_CHAT);
        Message sent = conversations.send(conversation.id(), OutgoingMessage.text("which conversation?"));
        Message read = conversations.message(conversation.id(), sent.id());
        assertEquals("which conversation?", read.content());
        assertEquals(conversation.id(), read.conversationId());
    }

    @Test
    void aStreamAnsweredWithTheWholeReplyIsRelayedAsOneDeltaThenDone() throws Exception {
        arm("completions", "whole-reply", 1);
        List<String> got = new ArrayList<>();
        ReplyDelta end = streamed(new CompletionRequest(null, "How do I reset my password?", List.of(), null, null, null),
                d -> got.add(d.content()));
        assertEquals(1, got.size());
        assertEquals(got.get(0), end.content());
        assertTrue(end.done());
        assertNotNull(end.conversationId());
    }

    @Test
    void aStreamCutBeforeDoneIsAnError() throws Exception {
        arm("completions", "cut-after=2", 1);
        List<String> got = new ArrayList<>();
        assertThrows(MaiAgentProtocolException.class, () -> streamed(
                new CompletionRequest(null, "hi", List.of(), null, null, null), d -> got.add(d.content())));
        assertEquals(2, got.size(), "what came is relayed; the end is reported");
    }

    @Test
    void aStreamThatFallsSilentIsCutAtTheReadTimeout() throws Exception {
        arm("completions", "drip=2000", 1);
        long start = System.nanoTime();
        MaiAgentUnreachableException silent = assertThrows(MaiAgentUnreachableException.class, () -> streamed(
                new CompletionRequest(null, "hi", List.of(), null, null, null), d -> { }));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(silent.timedOut());
        assertTrue(took >= 1400 && took < 4500, "cut after ~1.5 s of silence: " + took + " ms");
    }

    @Test
    void normalisedEndToEnd() {
        CursorPage<Conversation> first = conversations.list(WEB_INBOX, null, null, 10);
        CursorPage<Conversation> second = conversations.list(WEB_INBOX, null, first.nextCursor(), 10);
        HashSet<String> ids = new HashSet<>();
        first.items().forEach(c -> ids.add(c.id()));
        second.items().forEach(c -> assertTrue(ids.add(c.id()), "no overlap between pages"));

        boolean sawBigSender = false;
        for (int n = 0; n < 6; n++) {
            for (Message m : conversations.messages(seeded("conversation-" + n), null, 50).items()) {
                sawBigSender |= "324816370485542537671391323877394598747".equals(m.sender().id());
            }
        }
        assertTrue(sawBigSender, "every digit of the 128-bit id");
    }

    @Test
    void presignedUploadStoresWithoutTheKeyAndRegisters() throws Exception {
        Path file = Files.createTempFile("upload-", ".pdf");
        byte[] content = "%PDF-1.4\nclient layer test\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        try {
            StoredUpload upload = attachments.presign("試験.pdf", content.length);
            attachments.store(upload, file, "試験.pdf", "application/pdf"); // the storage refuses any Authorization header
            Conversation conversation = conversations.create(WEB_CHAT);
            Attachment registered = attachments.register(conversation.id(), upload.fields().get("key"), "試験.pdf", "other");
            assertEquals(conversation.id(), registered.conversationId());
            HttpResponse<byte[]> stored = http.send(HttpRequest.newBuilder(URI.create(registered.file())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertArrayEquals(content, stored.body());
            // The simulator reads the names from the query string, as the reference page lists them.
            assertTrue(upload.fields().get("key").startsWith("media/chat/attachment/") && upload.fields().get("key").endsWith("/試験.pdf"),
                    upload.fields().get("key"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @RunAsClient
    void theKeyIsNeverLogged() throws Exception {
        Path log = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("it.server.name"), "logs", "messages.log");
        String key = com.maiagentgateway.it.DevUsers.maiAgentApiKey();
        assertTrue(Files.size(log) > 0);
        assertFalse(Files.readString(log).contains(key), "the API key appears in " + log);
    }
}
