package com.maiagentgateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInBackoffTest {

    private static final SignInBackoff DEFAULTS = new SignInBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15));
    private static final Instant LAST = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theFirstFiveFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, DEFAULTS.wait(failures, LAST, false, LAST));
        }
    }

    @Test
    void eachFailureAfterThemDoublesTheWaitUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), DEFAULTS.wait(5, LAST, false, LAST));
        assertEquals(Duration.ofSeconds(60), DEFAULTS.wait(6, LAST, false, LAST));
        assertEquals(Duration.ofSeconds(120), DEFAULTS.wait(7, LAST, false, LAST));
        assertEquals(Duration.ofSeconds(480), DEFAULTS.wait(9, LAST, false, LAST));
        assertEquals(Duration.ofMinutes(15), DEFAULTS.wait(10, LAST, false, LAST));
        assertEquals(Duration.ofMinutes(15), DEFAULTS.wait(1_000_000, LAST, false, LAST));
    }

    @Test
    void theWaitIsCountedFromTheLastFailureAndSaysWhatIsLeft() {
        assertEquals(Duration.ofSeconds(50), DEFAULTS.wait(6, LAST, false, LAST.plusSeconds(10)));
        assertEquals(Duration.ZERO, DEFAULTS.wait(6, LAST, false, LAST.plusSeconds(60)));
        assertEquals(Duration.ZERO, DEFAULTS.wait(6, LAST, false, LAST.plusSeconds(61)));
    }

    @Test
    void underAttackNoFailureIsFreeButAnAddressThatHasNotFailedIsNeverRefused() {
        assertEquals(Duration.ZERO, DEFAULTS.wait(0, Instant.EPOCH, true, LAST));
        assertEquals(Duration.ofSeconds(30), DEFAULTS.wait(1, LAST, true, LAST));
        assertEquals(Duration.ofSeconds(60), DEFAULTS.wait(2, LAST, true, LAST));
    }
}
