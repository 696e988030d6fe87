package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** How a failed call to MaiAgent is classified decides whether a write may be sent again, and who waits for a Retry-After. */
class UpstreamCallTest {

    /** Cap 5 s; the sleeper records the waits instead of taking them. */
    private final java.util.List<java.time.Duration> waits = new java.util.ArrayList<>();
    private final UpstreamCall upstream = new UpstreamCall(new com.maiagentgateway.platform.MaiAgentSettings() {
        @Override
        public long retryAfterCapSeconds() {
            return 5;
        }
    }, waits::add);

    private static java.util.function.Supplier<String> busy(Long retryAfter) {
        return () -> {
            throw new MaiAgentBusyException(429, "slow down", retryAfter);
        };
    }

    @Test
    void aReadWaitsOutAShortRetryAfterSoThatTheRetryComesWhenMaiAgentAsked() {
        MaiAgentBusyException thrown = org.junit.jupiter.api.Assertions.assertThrows(MaiAgentBusyException.class,
                () -> upstream.read("x", busy(2L)));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(java.time.Duration.ofSeconds(2)), waits);
    }

    @Test
    void aLongRetryAfterIsPassedOnAtOnceAndNotRetried() {
        org.junit.jupiter.api.Assertions.assertThrows(MaiAgentThrottledException.class, () -> upstream.read("x", busy(60L)));
        org.junit.jupiter.api.Assertions.assertThrows(MaiAgentThrottledException.class, () -> upstream.write("x", busy(60L)));
        assertTrue(waits.isEmpty());
    }

    @Test
    void aWriteNeverWaitsItsCallerIsToldWhenToComeBack() {
        MaiAgentBusyException thrown = org.junit.jupiter.api.Assertions.assertThrows(MaiAgentBusyException.class,
                () -> upstream.write("x", busy(2L)));
        org.junit.jupiter.api.Assertions.assertEquals(2L, thrown.retryAfterSeconds());
        assertTrue(waits.isEmpty(), "a write that will not be retried does not wait");
    }

    @Test
    void aKeptAliveConnectionMaiAgentHadClosedCountsAsNeverConnected() {
        UpstreamException failure = UpstreamCall.unreachable("registering an attachment",
                new IOException("HTTP/1.1 header parser received no bytes"));
        assertInstanceOf(MaiAgentConnectException.class, failure, "writes are retried only after this");
    }

    @Test
    void aRefusedConnectionIsAConnectFailure() {
        assertInstanceOf(MaiAgentConnectException.class, UpstreamCall.unreachable("x", new ConnectException("Connection refused")));
    }

    @Test
    void aResetOrATimeoutAfterSendingIsNotSafeToRepeat() {
        UpstreamException reset = UpstreamCall.unreachable("x", new IOException("Connection reset"));
        assertFalse(reset instanceof MaiAgentConnectException);
        UpstreamException slow = UpstreamCall.unreachable("x", new HttpTimeoutException("request timed out"));
        assertFalse(slow instanceof MaiAgentConnectException);
        assertTrue(((MaiAgentUnreachableException) slow).timedOut());
        assertFalse(UpstreamCall.unreachable("x", new SocketTimeoutException("Read timed out")) instanceof MaiAgentConnectException);
    }

    /** The JDK client's timer closes the connection and reports its timeout with that close as the cause (a CI flake). */
    @Test
    void aTimeoutWhoseCauseIsTheCloseItMadeIsStillATimeout() {
        HttpTimeoutException timedOut = new HttpTimeoutException("request timed out");
        timedOut.initCause(new IOException("connection closed locally"));
        UpstreamException silent = UpstreamCall.unreachable("a streamed completion", new java.util.concurrent.CompletionException(timedOut));
        assertInstanceOf(MaiAgentSilentException.class, silent);
        assertTrue(((MaiAgentUnreachableException) silent).timedOut(), "answered 504, not 503");

        java.net.http.HttpConnectTimeoutException connecting = new java.net.http.HttpConnectTimeoutException("HTTP connect timed out");
        connecting.initCause(new ConnectException("HTTP connect timed out"));
        UpstreamException notConnected = UpstreamCall.unreachable("x", connecting);
        assertInstanceOf(MaiAgentConnectException.class, notConnected);
        assertTrue(((MaiAgentUnreachableException) notConnected).timedOut());
    }
}
