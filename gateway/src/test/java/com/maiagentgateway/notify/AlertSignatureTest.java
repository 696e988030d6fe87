package com.maiagentgateway.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlertSignatureTest {

    @Test
    void theSignatureIsHmacSha256OfTheTimeAndTheBodyAsTheReadmeSays() {
        // RFC 4231, test case 2: the HMAC itself is the standard one.
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", AlertSignature.hmac("Jefe", "what do ya want for nothing?"));
        assertEquals("t=1764931200,v1=" + AlertSignature.hmac("whsec_k", "1764931200.{\"id\":1}"), AlertSignature.header("whsec_k", 1764931200, "{\"id\":1}"));
        assertNotEquals(AlertSignature.header("whsec_k", 1764931200, "{\"id\":1}"), AlertSignature.header("whsec_k", 1764931201, "{\"id\":1}"),
                "the time is signed too: a replayed body with a new time does not pass");
    }

    @Test
    void eachSecretIsNewAndLongEnough() {
        String one = AlertSignature.newSecret();
        assertTrue(one.matches("whsec_[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, AlertSignature.newSecret());
    }
}
