package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void objectUrlsEncodeTheirKeys() {
        assertEquals("http://h/maiagent-simulator/storage/objects/media/chat/a/%E8%AB%8B%E6%B1%82%E6%9B%B8%202026.pdf",
                WireFormat.fileUrl("sim-object:media/chat/a/請求書 2026.pdf", URI.create("http://h/maiagent-simulator/")));
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertEquals("https://example.com/file.jpg", WireFormat.fileUrl("https://example.com/file.jpg", URI.create("http://h/")));
    }
}
