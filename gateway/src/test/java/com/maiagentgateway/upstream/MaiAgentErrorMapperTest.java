package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaiAgentErrorMapperTest {

    @Test
    void detailOfMaiAgentsFramework() {
        assertEquals("Not found.", MaiAgentErrorMapper.detail("{\"detail\":\"Not found.\"}"));
    }

    @Test
    void fieldErrorsFlattened() {
        assertEquals("webChat: This field is required.; message: content: This field may not be blank.",
                MaiAgentErrorMapper.detail("{\"webChat\":[\"This field is required.\"],\"message\":{\"content\":[\"This field may not be blank.\"]}}"));
    }

    @Test
    void htmlFromAProxyHasNoDetail() {
        assertNull(MaiAgentErrorMapper.detail("<html><body><h1>502 Bad Gateway</h1></body></html>"));
        assertNull(MaiAgentErrorMapper.detail(""));
        assertNull(MaiAgentErrorMapper.detail("{not json"));
    }

    @Test
    void longDetailsAreClipped() {
        assertTrue(MaiAgentErrorMapper.detail("{\"detail\":\"" + "x".repeat(2000) + "\"}").length() <= MaiAgentErrorMapper.MAX_DETAIL + 1);
    }

    @Test
    void retryAfterAsSecondsOrAsADateMeasuredOnTheGivenClock() {
        java.time.Clock noon = java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T12:00:00Z"), java.time.ZoneOffset.UTC);
        assertEquals(7L, MaiAgentErrorMapper.retryAfterSeconds("7", noon));
        assertEquals(60L, MaiAgentErrorMapper.retryAfterSeconds("Sat, 28 Nov 2026 12:01:00 GMT", noon));
        assertEquals(0L, MaiAgentErrorMapper.retryAfterSeconds("Sat, 28 Nov 2026 11:00:00 GMT", noon), "a date gone by: no wait");
        assertNull(MaiAgentErrorMapper.retryAfterSeconds("soon", noon));
        assertNull(MaiAgentErrorMapper.retryAfterSeconds(null, noon));
    }
}
