package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.Canvas;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.OutgoingMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the client sends MaiAgent satisfies every documented reading of each request body. */
class RequestBodiesTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void completionCarriesTheStreamingFlagInBothDocumentedSpellings(boolean streaming) {
        JsonObject body = MaiAgentCompletions.body(new CompletionRequest(null, "hi", List.of(), null, null, null), streaming);

        assertEquals(streaming, body.getBoolean("isStreaming"), "the /api page's spelling");
        assertEquals(streaming, body.getBoolean("is_streaming"), "the /api/v1 pages' spelling");
        assertFalse(body.containsKey("conversation"), "omitted, not null, when starting a conversation");
    }

    @Test
    void anAttachmentWithoutATypeGoesAsOtherWhichEveryPageAccepts() {
        JsonObject body = MaiAgentCompletions.body(new CompletionRequest("c", "hi",
                List.of(new Attachment("a", null, "f.pdf", "https://x/f.pdf", null)), null, null, null), false);

        JsonObject attachment = body.getJsonObject("message").getJsonArray("attachments").getJsonObject(0);
        assertEquals("other", attachment.getString("type"));
        assertEquals("a", attachment.getString("id"));
    }

    @Test
    void messageCarriesOnlyTheOptionalMembersGiven() {
        JsonObject plain = MessageJson.of("c1", OutgoingMessage.text("hello"));
        assertEquals(Json.createObjectBuilder().add("conversation", "c1").add("content", "hello")
                .add("attachments", Json.createArrayBuilder()).build(), plain);

        JsonObject payload = Json.createObjectBuilder().add("k", 1).build();
        JsonObject full = MessageJson.of("c1", new OutgoingMessage("incoming", "hello", List.of(), payload, payload,
                new Canvas(null, "n", "markdown", "T", "# body", null)));
        assertEquals("incoming", full.getString("type"));
        assertEquals(payload, full.getJsonObject("contentPayload"));
        assertEquals(payload, full.getJsonObject("queryMetadata"));
        JsonObject canvas = full.getJsonObject("canvas");
        assertEquals("markdown", canvas.getString("canvasType"));
        assertTrue(!canvas.containsKey("id") && !canvas.containsKey("createdAt"), "MaiAgent assigns those");
    }
}
