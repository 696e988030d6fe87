package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Citation;
import com.maiagentgateway.model.CitationNode;
import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Feedback;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.model.StoredUpload;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example payload printed in MaiAgent's pages (copied exactly into src/test/resources/maiagent-examples). */
class MaiAgentWireTest {

    static JsonObject example(String name) throws IOException {
        try (InputStream in = MaiAgentWireTest.class.getResourceAsStream("/maiagent-examples/" + name);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void createdMessageWithASenderIdInScientificNotationAndFeedbackAsAString() throws IOException {
        Message m = MaiAgentWire.message(example("response-02.json"));

        assertEquals("c96a0fb9-d106-4b16-8706-3906533bafa2", m.conversationId());
        assertEquals("2.992461161002561E+38", m.sender().id(), "a stable string");
        assertEquals("jessiekuo", m.sender().name());
        assertEquals(new Feedback(null, "like", null, null), m.feedback());
        assertEquals(Instant.ofEpochMilli(1748314926000L), m.createdAt());
        assertEquals(List.of(), m.attachments());
        assertEquals(List.of(), m.citations());
        assertEquals("This is a test message", m.content());
    }

    @Test
    void requestExampleShapedLikeAMessageReadsTheSame() throws IOException {
        assertEquals(MaiAgentWire.message(example("response-02.json")), MaiAgentWire.message(example("request-01.json")));
    }

    @Test
    void senderIdBeyond64BitsKeepsEveryDigit() throws IOException {
        Message m = MaiAgentWire.message(example("response-10.json"));

        assertEquals("324816370485542537671391323877394598747", m.sender().id());
        assertNull(m.feedback());
        assertEquals("incoming", m.type());
        assertEquals("你好", m.content());
        assertEquals(Instant.ofEpochMilli(1732495353000L), m.createdAt());
    }

    @Test
    void messageListWithObjectFeedbackEmptyObjectTypesAndJunkTimestamps() throws IOException {
        CursorPage<Message> page = MaiAgentWire.cursorPage(example("response-05.json"), MaiAgentWire::message);

        assertEquals(123L, page.count());
        assertEquals("page:4", page.nextCursor(), "this example pages by number");
        assertEquals("page:2", page.previousCursor());
        Message m = page.items().get(0);
        assertEquals("550e8400-e29b-41d4-a716-446655440000", m.sender().id());
        assertEquals(new Feedback("550e8400-e29b-41d4-a716-446655440000", null, "Response String", null), m.feedback());
        assertNull(m.createdAt(), "\"Response String\" is no time");
        Attachment a = m.attachments().get(0);
        assertNull(a.type(), "{} is no type");
        assertEquals("https://example.com/file.jpg", a.file());
        assertEquals(456L, m.citations().get(0).size());
        assertEquals(MaiAgentWire.message(example("response-06.json")), m);
    }

    @Test
    void conversationListCursorsSurviveAStrayQuote() throws IOException {
        CursorPage<Conversation> page = MaiAgentWire.cursorPage(example("response-07.json"), MaiAgentWire::conversation);

        assertEquals("cD00ODY=", page.nextCursor());
        assertEquals("cj0xJnA9NDg3", page.previousCursor());
        assertNull(page.count());
        Conversation c = page.items().get(0);
        assertEquals("line", c.inbox().channelType());
        assertEquals(456, c.unreadMessagesCount());
        assertEquals("Response String", c.lastMessage().content());
        Conversation single = MaiAgentWire.conversation(example("response-08.json"));
        assertEquals(single.inbox().id(), c.inbox().id());
        assertEquals("Response string", single.title(), "the docs disagree on capitals; the text is passed on as is");
    }

    @Test
    void createdConversation() throws IOException {
        Conversation c = MaiAgentWire.conversation(example("response-04.json"));

        assertEquals("550e8400-e29b-41d4-a716-446655440000", c.id());
        assertEquals("Response String", c.contact().name());
        assertEquals("https://example.com/file.jpg", c.contact().avatar());
    }

    @Test
    void messageKeepsItsCitationPassagesCanvasAndSenderContacts() throws IOException {
        Message m = MaiAgentWire.message(example("response-06.json"));

        assertEquals("response@example.com", m.sender().email());
        assertEquals("Response String", m.sender().phoneNumber());
        CitationNode node = m.citationNodes().get(0);
        assertEquals(new CitationNode("550e8400-e29b-41d4-a716-446655440000", "Response String", "Response String",
                "550e8400-e29b-41d4-a716-446655440000", 456, 456.0, 456), node);
        Citation cited = m.citations().get(0);
        assertEquals(new Citation.KnowledgeBase("550e8400-e29b-41d4-a716-446655440000", "Response String"), cited.knowledgeBase());
        assertEquals(List.of(new Citation.Label("550e8400-e29b-41d4-a716-446655440000", "Response String")), cited.labels());
        assertNotNull(m.canvas());
        assertNull(m.contentPayload(), "null in the example");
        assertNull(m.queryMetadata());
    }

    @Test
    void contentPayloadIsPassedOnAsMaiAgentSentIt() throws IOException {
        Message m = MaiAgentWire.message(example("response-02.json"));

        assertEquals("text", m.contentPayload().getJsonArray("items").getJsonObject(0).getString("type"));
        assertEquals("system-architecture-diagram", m.canvas().name());
        assertEquals("markdown", m.canvas().canvasType());
    }

    @Test
    void conversationSaysWhetherTheChatbotAnswersOnItsOwn() throws IOException {
        Conversation c = MaiAgentWire.conversation(example("response-08.json"));

        assertEquals(Boolean.FALSE, c.autoReplyEnabled());
        assertEquals(Boolean.FALSE, c.autoReplyNow());
        assertNull(c.lastReadAt(), "free text in the example");
        Conversation live = MaiAgentWire.conversation(json("{\"id\":\"c\",\"autoReplyEnabled\":true,\"isAutoReplyNow\":true,\"lastReadAt\":\"1748314926000\"}"));
        assertEquals(Boolean.TRUE, live.autoReplyEnabled());
        assertEquals(Boolean.TRUE, live.autoReplyNow());
        assertEquals(Instant.ofEpochMilli(1748314926000L), live.lastReadAt());
    }

    @Test
    void chatbotRecordKeepsUsageTimingsContextAndDisplayScores() throws IOException {
        ChatbotRecord r = MaiAgentWire.numberedPage(example("response-09.json"), MaiAgentWire::record, 1, 10).items().get(0);

        assertEquals("Response String", r.condensedMessage());
        assertEquals("Response String", r.context());
        assertEquals("Response String", r.error());
        assertEquals(456, r.displayScores().faithfulness());
        assertEquals(456, r.displayScores().contextRecall());
        assertEquals("Response Example Name", r.usage().getString("name"));
        assertEquals("Response Example Name", r.processingTime().getString("name"));
        assertEquals(List.of(new CitationNode("Response String", "Response String", null, null, null, null, null)), r.citationNodes());
    }

    @Test
    void chatbotRecordWithScores() throws IOException {
        var page = MaiAgentWire.numberedPage(example("response-09.json"), MaiAgentWire::record, 3, 10);

        assertEquals(123L, page.count());
        ChatbotRecord r = page.items().get(0);
        assertEquals("Response String", r.userMessage());
        assertEquals(456.0, r.scores().faithfulness());
        assertEquals(456.0, r.scores().contextRecall());
        assertNull(r.feedback().type());
        assertNull(r.createdAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"response-25.json", "response-26.json"})
    void synchronousCompletion(String example) throws IOException {
        assertEquals(new CompletionReply("string", "string"), MaiAgentWire.completion(example(example)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"response-12.json", "response-14.json"})
    void presignedUploadKeepsTheFieldOrder(String example) throws IOException {
        StoredUpload upload = MaiAgentWire.storedUpload(example(example));

        assertEquals("https://s3.example.com/bucket-name", upload.url());
        assertEquals(List.of("key", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy", "x-amz-signature"),
                List.copyOf(upload.fields().keySet()));
        assertEquals("media/chat/attachment/filename.pdf", upload.fields().get("key"));
    }

    @ParameterizedTest
    @CsvSource({"response-16.json,", "response-18.json,", "response-20.json,550e8400-e29b-41d4-a716-446655440000",
            "response-22.json,550e8400-e29b-41d4-a716-446655440000"})
    void registeredAttachment(String example, String conversation) throws IOException {
        Attachment a = MaiAgentWire.attachment(example(example));

        assertEquals("550e8400-e29b-41d4-a716-446655440000", a.id());
        assertNull(a.type());
        assertEquals("https://example.com/file.jpg", a.file());
        assertEquals(conversation, a.conversationId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"response-23.json", "response-24.json"})
    void allowedFileSpecsInSnakeCase(String example) throws IOException {
        List<FileRule> rules = MaiAgentWire.fileRules(example(example));

        FileRule attachmentFiles = rules.stream().filter(r -> r.category().equals("attachment")).findFirst().orElseThrow();
        assertEquals("file", attachmentFiles.field());
        assertEquals(20971520L, attachmentFiles.maxSize());
        assertEquals("application/pdf", attachmentFiles.contentTypes().get(".pdf"));
        assertTrue(rules.stream().anyMatch(r -> r.category().equals("webChat") && r.field().equals("poweredByLogo")));
        assertTrue(rules.stream().anyMatch(r -> r.category().equals("chatbotFile")));
        assertTrue(rules.stream().anyMatch(r -> r.contentTypes().isEmpty()), "content_type null: any type");
    }

    @Test
    void allowedFileSpecsInCamelCaseToo() {
        List<FileRule> rules = MaiAgentWire.fileRules(json(
                "{\"webChat\":{\"logo\":[{\"contentType\":{\".PNG\":\"image/png\"},\"maxSize\":5}]},\"batchQa\":{\"file\":[{\"contentType\":null,\"maxSize\":\"7\"}]}}"));

        assertEquals(List.of(new FileRule("webChat", "logo", Map.of(".png", "image/png"), 5),
                new FileRule("batchQa", "file", Map.of(), 7)), rules);
    }

    @Test
    void streamedDeltasInEitherSpelling() {
        assertEquals(new ReplyDelta("Hel", "c1", false), MaiAgentWire.delta(json("{\"content\":\"Hel\",\"conversation_id\":\"c1\",\"done\":false}")));
        assertEquals(new ReplyDelta("", "c1", true), MaiAgentWire.delta(json("{\"conversationId\":\"c1\",\"done\":true}")));
    }

    @Test
    void webhookBodyWithSnakeCaseTimestampAndNumericSender() {
        Message m = MaiAgentWire.message(json("{\"id\":\"m1\",\"conversation\":\"c1\",\"sender\":{\"id\":789,\"name\":\"Bot\",\"avatar\":null},"
                + "\"type\":\"outgoing\",\"content\":\"hi\",\"feedback\":null,\"created_at\":\"1700000000000\",\"unknown\":{\"x\":1}}"));

        assertEquals("789", m.sender().id());
        assertNull(m.sender().avatar());
        assertEquals(Instant.ofEpochMilli(1700000000000L), m.createdAt());
        assertEquals(List.of(), m.attachments(), "missing lists are empty");
    }

    @ParameterizedTest
    @CsvSource({"1748314926000,2025-05-27T03:02:06Z", "1748314926,2025-05-27T03:02:06Z",
            "2025-05-27T11:02:06+08:00,2025-05-27T03:02:06Z", "2025-05-27T03:02:06Z,2025-05-27T03:02:06Z"})
    void timestampForms(String given, String expected) {
        assertEquals(Instant.parse(expected), WireJson.instant(Json.createValue(given)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Response String", "2025/05/27 10:42", "", "12345", "yesterday"})
    void junkTimestampsAreNull(String given) {
        assertNull(WireJson.instant(Json.createValue(given)));
    }

    @Test
    void everyExampleFileIsCovered() throws IOException {
        try (InputStream in = MaiAgentWireTest.class.getResourceAsStream("/maiagent-examples/INDEX.tsv")) {
            long examples = new String(in.readAllBytes()).lines().filter(l -> !l.startsWith("#")).count();
            assertEquals(27, examples, "a new example in the docs needs a test here");
        }
        assertNotNull(example("request-00.json"));
    }
}
