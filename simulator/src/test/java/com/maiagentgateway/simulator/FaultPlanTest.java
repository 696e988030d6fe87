package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultPlanTest {

    @Test
    void combinesDirectives() {
        FaultPlan plan = FaultPlan.parse(" latency=300, status=429 ,retry-after=7");
        assertEquals(300, plan.latencyMillis());
        assertEquals(429, plan.status());
        assertEquals(7, plan.retryAfterSeconds());
        assertFalse(plan.shapesTheAnswer());
    }

    @Test
    void throttlingWithoutRetryAfterStillSaysWhen() {
        assertEquals(1, FaultPlan.parse("status=429").retryAfterSeconds());
    }

    @Test
    void streamFaults() {
        assertTrue(FaultPlan.parse("cut-after=3").shapesTheAnswer());
        assertTrue(FaultPlan.parse("drip=5").shapesTheAnswer());
        assertTrue(FaultPlan.parse("drop").drop());
        assertTrue(FaultPlan.parse("malformed").malformed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"explode", "status=abc", "latency", "status=200", "status=302"})
    void nonsenseIsRefused(String spec) {
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse(spec));
    }
}
