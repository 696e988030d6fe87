package com.maiagentgateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.UpstreamProblems;
import com.maiagentgateway.upstream.MaiAgentErrorException;
import org.junit.jupiter.api.Test;

/** Which of MaiAgent's answers are the caller's to fix (passed on) and which are not (5xx). */
class UpstreamProblemsTest {

    private static Problem problemFor(int maiAgentStatus) {
        return UpstreamProblems.of(new MaiAgentErrorException(maiAgentStatus, "because", null)).problem();
    }

    @Test
    void theCallersMistakesArePassedOn() {
        assertEquals(400, problemFor(400).status());
        assertEquals(404, problemFor(404).status());
        assertEquals(409, problemFor(409).status());
        assertEquals("urn:maiagent-gateway:problem:conflict", problemFor(409).type());
        assertEquals(413, problemFor(413).status());
    }

    @Test
    void aRefusedKeyIsNotTheCallersFault() {
        assertEquals(502, problemFor(401).status());
        assertEquals("urn:maiagent-gateway:problem:upstream-credentials", problemFor(403).type());
    }

    @Test
    void somethingElseIsNoUpstreamFailure() {
        assertNull(UpstreamProblems.of(new IllegalStateException()));
    }
}
