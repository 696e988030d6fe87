package com.maiagentgateway.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Alerts to a webhook: the alert's JSON, POSTed, signed in {@value AlertSignature#HEADER} so the receiver can tell it
 * came from this gateway and is recent. Any 2xx is taken; anything else, or silence past 10 s, is a failed try.
 */
@ApplicationScoped
public class AlertWebhook {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    Clock clock;

    public void send(String url, String signingSecret, AlertMessage alert) throws NotDelivered {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "maiagent-gateway-alerts")
                .header(AlertSignature.HEADER, AlertSignature.header(signingSecret, timestamp, alert.json()))
                .POST(HttpRequest.BodyPublishers.ofString(alert.json())).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException silent) {
            throw new NotDelivered("no answer within " + TIMEOUT.toSeconds() + " s", silent);
        } catch (IOException unreachable) {
            throw new NotDelivered("cannot be reached: " + (unreachable.getMessage() == null ? unreachable.getClass().getSimpleName()
                    : unreachable.getMessage()), unreachable);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new NotDelivered("the server is stopping", stopping);
        }
        if (response.statusCode() / 100 != 2) {
            throw new NotDelivered("answered HTTP " + response.statusCode());
        }
    }
}
