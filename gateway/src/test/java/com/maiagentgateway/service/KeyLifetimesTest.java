package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.problem.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyLifetimesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private static KeyLifetimes lifetimes(int defaultDays, int maxDays) {
        KeyLifetimes lifetimes = new KeyLifetimes();
        lifetimes.defaultDays = defaultDays;
        lifetimes.maxDays = maxDays;
        return lifetimes;
    }

    @Test
    void withoutADateAKeyGetsTheDefaultLifetimeCappedByTheMaximum() {
        assertEquals(NOW.plus(Duration.ofDays(365)), lifetimes(365, 730).expiryFor(null, NOW));
        assertEquals(NOW.plus(Duration.ofDays(30)), lifetimes(365, 30).expiryFor(" ", NOW));
        assertNull(lifetimes(0, 0).expiryFor(null, NOW), "0: keys without an end");
    }

    @Test
    void aDateMeansThroughThatUtcDayAndAnInstantMeansThatInstant() {
        assertEquals(Instant.parse("2027-02-01T00:00:00Z"), lifetimes(365, 730).expiryFor("2027-01-31", NOW));
        assertEquals(Instant.parse("2027-01-31T12:30:00Z"), lifetimes(365, 730).expiryFor("2027-01-31T12:30:00Z", NOW));
        assertEquals(Instant.parse("2040-01-01T00:00:00Z"), lifetimes(365, 0).expiryFor("2039-12-31", NOW), "0: no maximum");
    }

    @Test
    void thePastTheFarFutureAndNonsenseAreRefusedNamingTheParameter() {
        for (String wrong : new String[] {"2026-12-04", "2026-12-05T10:00:00Z", "2030-01-01", "next week"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> lifetimes(365, 730).expiryFor(wrong, NOW), wrong);
            assertEquals(KeyLifetimes.PARAMETER, refused.errors().get(0).field(), wrong);
        }
    }

    @Test
    void aKeyEndsSoonWithinAWeekAndNotOnceEnded() {
        KeyLifetimes lifetimes = lifetimes(365, 730);
        assertTrue(lifetimes.endsSoon(NOW.plus(Duration.ofDays(6)), NOW));
        assertFalse(lifetimes.endsSoon(NOW.plus(Duration.ofDays(8)), NOW));
        assertFalse(lifetimes.endsSoon(NOW.minusSeconds(1), NOW));
        assertFalse(lifetimes.endsSoon(null, NOW));
    }
}
