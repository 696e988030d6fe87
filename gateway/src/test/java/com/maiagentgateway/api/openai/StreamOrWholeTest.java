package com.maiagentgateway.api.openai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only the body's own top-level {@code stream: true} asks for a stream; nothing unreadable does. */
class StreamOrWholeTest {

    private static boolean streams(String body) {
        return StreamOrWhole.asksForStream(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTopLevelFlagDecides() {
        assertTrue(streams("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}"));
        assertTrue(streams("{\"stream\":true,\"model\":\"m\"}"));
        assertFalse(streams("{\"model\":\"m\",\"stream\":false}"));
        assertFalse(streams("{\"model\":\"m\"}"));
        assertFalse(streams("{\"stream\":\"true\"}"));
    }

    @Test
    void aStreamMemberInsideAnotherDoesNot() {
        assertFalse(streams("{\"metadata\":{\"stream\":true},\"messages\":[{\"stream\":true}]}"));
        assertTrue(streams("{\"metadata\":{\"stream\":false,\"x\":[1,{\"stream\":false}]},\"stream\":true}"));
    }

    @Test
    void whatCannotBeReadIsLeftToTheBodysChecks() {
        assertFalse(streams(""));
        assertFalse(streams("[{\"stream\":true}]"));
        assertFalse(streams("{\"stream\":tru"));
        assertFalse(StreamOrWhole.asksForStream(new byte[] {'{', '"', (byte) 0xC3, '(', '"', ':', '1', '}'}));
    }
}
