package com.maiagentgateway.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for a gateway the build started in the background (Liberty's test server, the WildFly smoke server) to answer. */
public final class GatewayAnswer {

    private GatewayAnswer() {
    }

    /**
     * Returns once {@code gateway}'s API answers 401 to a call without credentials: the application is up and its
     * authentication runs (404 or no connection while it starts). Fails after {@code within}, naming {@code log}.
     */
    public static void await(URL gateway, Duration within, String log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI me = URI.create(gateway.toString().replaceAll("/?$", "/") + "api/v1/me");
        long deadline = System.nanoTime() + within.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(me).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 401) {
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
        throw new IllegalStateException(gateway + " did not answer within " + within + " (" + last + "); see " + log);
    }
}
