package com.maiagentgateway.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        if (answered) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                // 401 from the API: the application is up and its authentication runs (404 while it starts).
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(gateway + "api/v1/me"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 401) {
                    answered = true;
                    return;
                }
                last = "status " + response.statusCode();
            } catch (IOException notYet) {
                last = notYet.toString();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new IllegalStateException("The test server's gateway did not answer within " + READY_WITHIN + " (" + last
                + "); see target/liberty/wlp/usr/servers/testServer/logs/messages.log");
    }

    static URL url(String path) {
        try {
            return URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "9180") + path).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
