package com.maiagentgateway.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.client.Attachment;
import com.maiagentgateway.client.ChatbotRecord;
import com.maiagentgateway.client.Conversation;
import com.maiagentgateway.client.GatewayClient;
import com.maiagentgateway.client.GatewayProblem;
import com.maiagentgateway.client.Message;
import com.maiagentgateway.client.Page;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.TestServer;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The typed client as another EE application uses it: an example application (SupportDesk), deployed beside the
 * gateway on the test server with the client's jar in its WEB-INF/lib and its own microprofile-config.properties,
 * injects it with {@code @RestClient}, and through it starts a conversation, sends a message and hears the reply on
 * the SSE stream, uploads a file, reads records, and meets the gateway's problems as {@link GatewayProblem}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TypedClientIT {

    private static final String SEED_PDF = "/com/maiagentgateway/simulator/seed-invoice.pdf";

    /** The example application, configured with a key made for it now: 40 requests a minute, the support bot only. */
    @Deployment
    static WebArchive supportDesk() throws Exception {
        HttpResponse<String> created = Http.send(Http.as(Http.request(TestServer.gateway(), "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"support-desk-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"owner\":\"Example app\",\"contact\":\"ops@example.com\","
                        + "\"operations\":[\"read\",\"write\",\"uploads\",\"records\"],\"chatbots\":[\"" + SimulatorClient.SUPPORT_BOT
                        + "\"],\"quotas\":{\"requestsPerMinute\":40}}")));
        assertEquals(201, created.statusCode(), created::body);
        String key = Http.json(created).getJsonObject("key").getString("key");
        String config = GatewayClient.CONFIG_KEY + "/mp-rest/url=" + TestServer.gateway().toExternalForm() + "\n"
                + GatewayClient.CONFIG_KEY + "/key=" + key + "\n"
                + "support-desk.web-chat=" + SimulatorClient.WEB_CHAT + "\n"
                + "support-desk.chatbot=" + SimulatorClient.SUPPORT_BOT + "\n";
        byte[] pdf;
        try (InputStream seed = TypedClientIT.class.getResourceAsStream(SEED_PDF)) {
            pdf = seed.readAllBytes();
        }
        return ShrinkWrap.create(WebArchive.class, "support-desk.war")
                .addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, new File(System.getProperty("client.jar"))))
                .addClasses(SupportDesk.class, TypedClientIT.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                .addAsResource(new org.jboss.shrinkwrap.api.asset.ByteArrayAsset(pdf), "invoice.pdf")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    SupportDesk desk;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "support-desk.web-chat")
    String webChat;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "support-desk.chatbot")
    String chatbot;

    @Test
    void aConversationItsReplyOnTheStreamAnUploadAndRecords() throws Exception {
        assertTrue(desk.gateway().me().user().contains("support-desk-"), () -> "the gateway knows the application by its key: " + desk.gateway().me());

        Conversation conversation = desk.open(webChat);
        assertNotNull(conversation.id());
        assertEquals(conversation.id(), desk.gateway().conversation(conversation.id()).id());

        Message reply = desk.askAndAwaitReply(conversation.id(), "What are your opening hours?", Duration.ofSeconds(20));
        assertEquals("outgoing", reply.type(), reply.toString());
        assertEquals(conversation.id(), reply.conversationId());
        assertFalse(reply.content().isBlank());

        Attachment attached;
        try (InputStream pdf = TypedClientIT.class.getResourceAsStream("/invoice.pdf")) {
            attached = desk.attach(conversation.id(), "invoice.pdf", pdf);
        }
        assertEquals("invoice.pdf", attached.filename());
        assertTrue(desk.gateway().attachments(conversation.id()).items().stream().anyMatch(a -> a.id().equals(attached.id())));

        Page<ChatbotRecord> records = desk.lastMonthsRecords(chatbot);
        assertFalse(records.items().isEmpty(), "the simulator's seeded records of the last month");
        assertEquals(1, records.page());
        assertFalse(desk.gateway().fileRules().items().isEmpty());
    }

    /**
     * A file whose size the application knows goes in one pass: the gateway spools nothing to its temporary directory
     * on the way (the client runs in the same JVM here, and sends from the stream itself), where the multipart form is
     * spooled there until its end. A name beyond ASCII arrives whole.
     */
    @Test
    void aFileOfKnownSizeGoesInOnePassWhereAMultipartOneIsSpooled() throws Exception {
        Conversation conversation = desk.open(webChat);
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        long size = 4L * 1024 * 1024;
        try (WatchService watch = temp.getFileSystem().newWatchService()) {
            temp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);

            desk.attach(conversation.id(), "spooled.pdf", pdfOf(size));
            assertFalse(spooledIn(watch).isEmpty(), "the multipart form's file was spooled in " + temp);

            Attachment attached = desk.attach(conversation.id(), "年度報告 2026.pdf", size, pdfOf(size));
            assertEquals(List.of(), spooledIn(watch), "spooled in " + temp + " on the way");
            assertEquals("年度報告 2026.pdf", attached.filename());
            assertTrue(desk.gateway().attachments(conversation.id()).items().stream().anyMatch(a -> a.id().equals(attached.id())));
        }
        GatewayProblem refused = assertThrows(GatewayProblem.class,
                () -> desk.attach(conversation.id(), "setup.exe", 3, new ByteArrayInputStream(new byte[] {'M', 'Z', 0})));
        assertEquals(415, refused.status(), "a type MaiAgent does not take, refused as from every other call");
    }

    /** A PDF of {@code size} bytes: the seeded invoice, then zeros (its type is read from its first bytes). */
    private static InputStream pdfOf(long size) throws Exception {
        byte[] invoice;
        try (InputStream seed = TypedClientIT.class.getResourceAsStream("/invoice.pdf")) {
            invoice = seed.readAllBytes();
        }
        return new SequenceInputStream(new ByteArrayInputStream(invoice), new ByteArrayInputStream(new byte[(int) size - invoice.length]));
    }

    /**
     * The gateway's spool files created in the watched directory since the last look (by their prefix: the directory is
     * shared with whatever else runs beside the test, the cluster's nodes among them).
     */
    private static List<String> spooledIn(WatchService watch) throws InterruptedException {
        List<String> created = new ArrayList<>();
        for (WatchKey key; (key = watch.poll(300, TimeUnit.MILLISECONDS)) != null; key.reset()) {
            for (WatchEvent<?> event : key.pollEvents()) {
                String name = String.valueOf(event.context());
                if (name.startsWith("maiagent-upload-")) {
                    created.add(name);
                }
            }
        }
        return created;
    }

    /** Last: it spends the application's requests of the minute. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theGatewaysProblemsArriveAsGatewayProblem() {
        GatewayProblem missing = assertThrows(GatewayProblem.class,
                () -> desk.gateway().conversation("00000000-0000-4000-8000-000000000000"));
        assertEquals(404, missing.status());
        assertTrue(missing.type().startsWith("urn:maiagent-gateway:problem:"), missing.type());

        GatewayProblem invalid = assertThrows(GatewayProblem.class, () -> desk.gateway().conversations("not-a-uuid", 5, null));
        assertEquals(400, invalid.status());
        assertEquals("inbox", invalid.errors().get(0).field());
        assertTrue(invalid.traceId() != null && invalid.traceId().matches("[0-9a-f]{32}"), "the call's trace id: " + invalid.traceId());

        GatewayProblem notAllowed = assertThrows(GatewayProblem.class, () -> desk.gateway().records(
                "3b057dc7-b95e-38c5-b148-e8ebda9c0399", "2026-01-01", "2026-01-02", 1, 5));
        assertEquals(403, notAllowed.status(), "a chatbot the application was not granted");

        // Past the application's 40 requests a minute: 429, with the wait.
        GatewayProblem throttled = assertThrows(GatewayProblem.class, () -> {
            for (int i = 0; i < 60; i++) {
                desk.gateway().me();
            }
        });
        assertEquals(429, throttled.status());
        assertEquals("urn:maiagent-gateway:problem:quota-exhausted", throttled.type());
        assertTrue(throttled.retryAfterSeconds() != null && throttled.retryAfterSeconds() > 0);
    }
}
