package com.maiagentgateway.it;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/** The integration-test server the build starts (testServer), with the gateway as built at /maiagent. */
public final class TestServer {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static volatile boolean answered;

    private TestServer() {
    }

    /** The gateway's address, once it answers (the server starts it in the background; the first caller waits). */
    public static URL gateway() {
        URL gateway = url("/maiagent/");
        if (!answered) {
            awaitAnswer(gateway);
        }
        return gateway;
    }

    private static synchronized void awaitAnswer(URL gateway) {
        if (!answered) {
            GatewayAnswer.await(gateway, READY_WITHIN, "target/liberty/wlp/usr/servers/testServer/logs/messages.log");
            answered = true;
        }
    }

    static URL url(String path) {
        try {
            return URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "9180") + path).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
