package com.maiagentgateway.upstream;

import com.maiagentgateway.it.SettableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class MaiAgentTallyTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T10:00:00Z"));

    private MaiAgentTally tally() {
        MaiAgentTally tally = new MaiAgentTally();
        tally.clock = clock;
        return tally;
    }

    @Test
    void countsWhatTheBreakerCountsOverTheLastFiveMinutes() {
        MaiAgentTally tally = tally();
        tally.ended(null);
        tally.ended(new MaiAgentBusyException(503, null, null));
        tally.ended(new CompletionException(new MaiAgentProtocolException("cut", null)));
        tally.ended(new MaiAgentErrorException(404, "no such thing", null)); // the caller's mistake, not MaiAgent's trouble
        assertEquals(new MaiAgentTally.Window(3, 2, null), tally.window());
        assertEquals(66, tally.window().failurePercent());

        clock.advance(Duration.ofMinutes(4));
        tally.ended(null);
        assertEquals(4, tally.window().calls());
        clock.advance(Duration.ofSeconds(70));
        assertEquals(1, tally.window().calls(), "the first calls are out of the window");
    }

    @Test
    void aBreakersRefusalIsNotedButNotCounted() {
        MaiAgentTally tally = tally();
        assertNull(tally.window().lastPaused());
        tally.ended(new CircuitBreakerOpenException("open"));
        assertNotNull(tally.window().lastPaused());
        assertEquals(0, tally.window().calls());
    }
}
