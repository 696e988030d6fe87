package com.maiagentgateway.it;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/**
 * The integration-test servers the build starts, each with the gateway as built at /maiagent beside its own
 * simulator and database: {@link #API} for the API suites (and Arquillian's second deployments), {@link #CONSOLE}
 * for the browser suites, which run beside them ({@link OnTheConsoleServer}). Two servers, so that a suite arming the
 * simulator's faults or filling a bulkhead on one cannot reach a test running at that moment on the other.
 */
public enum TestServer {

    API("testServer", "it.http.port", 9180),
    CONSOLE("consoleServer", "console.http.port", 9190);

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final String name;
    private final String portProperty;
    private final int defaultPort;
    private volatile boolean answered;

    TestServer(String name, String portProperty, int defaultPort) {
        this.name = name;
        this.portProperty = portProperty;
        this.defaultPort = defaultPort;
    }

    /** The gateway's address, once it answers (the build starts the server in the background; the first caller waits). */
    public URL gateway() {
        URL gateway = url("/maiagent/");
        if (!answered) {
            awaitAnswer(gateway);
        }
        return gateway;
    }

    private synchronized void awaitAnswer(URL gateway) {
        if (!answered) {
            GatewayAnswer.await(gateway, READY_WITHIN, "target/liberty/wlp/usr/servers/" + name + "/logs/messages.log");
            answered = true;
        }
    }

    public int httpPort() {
        return Integer.getInteger(portProperty, defaultPort);
    }

    URL url(String path) {
        try {
            return URI.create("http://127.0.0.1:" + httpPort() + path).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
