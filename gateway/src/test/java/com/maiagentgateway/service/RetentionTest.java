package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void entriesAreKeptForTheConfiguredDays() {
        assertEquals(Optional.of(Instant.parse("2025-12-05T10:00:00Z")), Retention.cutoff(365, NOW));
        assertEquals(Optional.of(Instant.parse("2026-12-04T10:00:00Z")), Retention.cutoff(1, NOW));
    }

    @Test
    void zeroKeepsThemForever() {
        assertEquals(Optional.empty(), Retention.cutoff(0, NOW));
    }
}
