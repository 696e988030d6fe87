package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** How a failed call to MaiAgent is classified decides whether a write may be sent again. */
class UpstreamCallTest {

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
}
