package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
    void retryAfterAsSecondsOrAsADate() {
        assertEquals(7L, MaiAgentErrorMapper.retryAfterSeconds("7"));
        String inAMinute = ZonedDateTime.now().plusSeconds(60).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        long seconds = MaiAgentErrorMapper.retryAfterSeconds(inAMinute);
        assertTrue(seconds >= 58 && seconds <= 60, String.valueOf(seconds));
        assertNull(MaiAgentErrorMapper.retryAfterSeconds("soon"));
        assertNull(MaiAgentErrorMapper.retryAfterSeconds(null));
    }
}
