package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamWriterTest {

    @Test
    void splitsOnlyBetweenMembers() {
        assertEquals(List.of("{\"content\":\"a, \\\"b,\\\" c\",", "\"done\":false}"),
                EventStreamWriter.splitBetweenMembers("{\"content\":\"a, \\\"b,\\\" c\",\"done\":false}"));
    }

    @Test
    void framings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventStreamWriter(out, new EventStreamWriter.Framing("\r\n", true, true, 0)).data("{\"a\":1,\"b\":\"x,y\"}");

        assertEquals(": keep-alive\r\ndata:{\"a\":1,\r\ndata:\"b\":\"x,y\"}\r\n\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void plain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventStreamWriter(out, EventStreamWriter.Framing.PLAIN).data("{\"a\":1}");

        assertEquals("data: {\"a\":1}\n\n", out.toString(StandardCharsets.UTF_8));
    }
}
