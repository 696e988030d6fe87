package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.MaiAgentSettings;
import com.maiagentgateway.platform.Sleeper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs one call of the MaiAgent client and says what went wrong in the gateway's terms. A read
 * that MaiAgent asks to wait for a short while (Retry-After up to the cap) waits here, so the
 * retry that follows (MicroProfile Fault Tolerance, on the facade) comes when MaiAgent asked; a
 * longer wait, and any wait on a write (never retried after an answer), is passed on to the caller.
 */
@ApplicationScoped
public class UpstreamCall {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UpstreamCall.class.getName());

    @Inject
    MaiAgentSettings settings;

    @Inject
    Sleeper sleeper;

    UpstreamCall() {
    }

    /** For tests: the cap and the sleeper without a container. */
    UpstreamCall(MaiAgentSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
    }

    /** A call that changes nothing at MaiAgent, and so is retried: a short Retry-After is waited out first. */
    public <T> T read(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (MaiAgentBusyException busy) {
            RuntimeException passedOn = tooLongToWait(busy);
            if (passedOn != busy || busy.retryAfterSeconds() == null || busy.retryAfterSeconds() <= 0) {
                throw passedOn;
            }
            pause(Duration.ofSeconds(busy.retryAfterSeconds()));
            throw busy;
        } catch (ProcessingException failure) {
            throw unreachable(what, failure);
        }
    }

    /** A call that changes something at MaiAgent: not retried once answered, so a Retry-After is the caller's to honour. */
    public <T> T write(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (MaiAgentBusyException busy) {
            throw tooLongToWait(busy);
        } catch (ProcessingException failure) {
            throw unreachable(what, failure);
        }
    }

    /** The cap rule, for every call: a Retry-After beyond {@code maiagent.retry-after-cap-seconds} is not waited for by anyone here. */
    public RuntimeException tooLongToWait(MaiAgentBusyException busy) {
        Long wait = busy.retryAfterSeconds();
        return wait != null && wait > settings.retryAfterCapSeconds() ? new MaiAgentThrottledException(busy) : busy;
    }

    static UpstreamException unreachable(String what, Throwable failure) {
        Throwable cause = rootCause(failure);
        // The caller gets a problem without internals; the operator needs the reason (no request data in it).
        LOG.warning(() -> "MaiAgent call failed during " + what + ": " + cause.getClass().getName() + ": " + cause.getMessage());
        // A JSON error caused by a broken connection is the connection's fault; one on its own means bad JSON.
        if (!(cause instanceof java.io.IOException) && hasCause(failure, jakarta.json.JsonException.class)) {
            return new MaiAgentProtocolException("MaiAgent's answer to " + what + " is not valid JSON", failure);
        }
        if (closedWhileIdle(cause)) {
            // The other side had closed the kept-alive connection the request went down: it never saw it.
            return new MaiAgentConnectException("MaiAgent had closed the connection reused for " + what, false, failure);
        }
        // The JDK client's timeouts are judged anywhere in the chain: when its timer closes the connection, it can
        // report the timeout with the close as its cause ("request timed out" ← "connection closed locally"), and the
        // root alone was answered 503 "cannot be reached" instead of 504.
        if (hasCause(failure, java.net.http.HttpConnectTimeoutException.class)) {
            return new MaiAgentConnectException("Connecting to MaiAgent timed out for " + what, true, failure);
        }
        if (hasCause(failure, java.net.http.HttpTimeoutException.class)) {
            return new MaiAgentSilentException("MaiAgent did not answer in time for " + what, failure);
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
            return new MaiAgentConnectException("Cannot connect to MaiAgent for " + what, false, failure);
        }
        if (cause instanceof SocketTimeoutException timeout && String.valueOf(timeout.getMessage()).toLowerCase().contains("connect")) {
            return new MaiAgentConnectException("Connecting to MaiAgent timed out for " + what, true, failure);
        }
        if (cause instanceof SocketTimeoutException) {
            return new MaiAgentSilentException("MaiAgent did not answer in time for " + what, failure);
        }
        return new MaiAgentUnreachableException("The connection to MaiAgent failed during " + what, false, false, failure);
    }

    /**
     * A call that failed after its read timeout had passed with no answer yet: MaiAgent was silent. The JDK client's own
     * timeout closes the connection, and the waiting read can report that close ("connection closed locally") before the
     * client's HttpTimeoutException.
     */
    static UpstreamException silentPastTimeout(String what, Throwable failure) {
        Throwable cause = rootCause(failure);
        LOG.warning(() -> "MaiAgent call failed during " + what + " after its read timeout: " + cause.getClass().getName() + ": " + cause.getMessage());
        return new MaiAgentSilentException("MaiAgent did not answer in time for " + what, failure);
    }

    /** No answer at all on a reused connection: Apache's NoHttpResponseException, the JDK client's empty read. */
    private static boolean closedWhileIdle(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getName().equals("org.apache.http.NoHttpResponseException")
                || (cause instanceof java.io.IOException && message.contains("header parser received no bytes"));
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
