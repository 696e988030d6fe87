package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTrips() {
        assertEquals(0, Cursor.decode(null));
        assertEquals(40, Cursor.decode(Cursor.encode(40)));
    }

    @Test
    void garbageIsInvalid() {
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode("%%%"));
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode(base64("x=1")));
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode(base64("p=-4")));
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode(base64("p=ten")));
    }

    private static String base64(String text) {
        return java.util.Base64.getUrlEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
