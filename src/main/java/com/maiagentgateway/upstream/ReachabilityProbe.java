package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.MaiAgentSettings;
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
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks MaiAgent for its cheapest answer ({@code GET allowed-file-specs/}) with the configured key:
 * reachable means MaiAgent answers and accepts the key. The answer is kept for a few seconds so
 * health polls and page views do not hammer MaiAgent.
 */
@ApplicationScoped
public class ReachabilityProbe {

    static final Duration CACHE_FOR = Duration.ofSeconds(5);

    @Inject
    MaiAgentSettings settings;

    private final AtomicReference<Reachability> last = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();
    private volatile HttpClient http;

    public Reachability check() {
        Reachability known = last.get();
        if (known != null && known.checkedAt().plus(CACHE_FOR).isAfter(Instant.now(clock))) {
            return known;
        }
        Reachability fresh = probe();
        last.set(fresh);
        return fresh;
    }

    private Reachability probe() {
        Optional<String> key = settings.apiKey();
        if (key.isEmpty()) {
            return answer(false, "no API key is configured (maiagent.api-key / MAIAGENT_API_KEY)");
        }
        long timeoutMillis = settings.reachabilityTimeoutMillis();
        URI target;
        try {
            target = URI.create(settings.baseUrl() + "/allowed-file-specs/");
        } catch (IllegalArgumentException e) {
            return answer(false, "maiagent.base-url is not a valid URL");
        }
        String where = target.getScheme() + "://" + target.getAuthority();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofMillis(timeoutMillis))
                .header("Authorization", "Api-Key " + key.get())
                .header("Accept", "application/json")
                .GET().build();
        try {
            int status = client(timeoutMillis).send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return switch (status / 100) {
                case 2 -> answer(true, where + " answers");
                case 4 -> answer(false, status == 401 || status == 403
                        ? where + " refuses the API key (HTTP " + status + ")"
                        : where + " answers HTTP " + status + ": check maiagent.base-url");
                default -> answer(false, where + " answers HTTP " + status);
            };
        } catch (HttpTimeoutException e) {
            return answer(false, "no answer from " + where + " within " + timeoutMillis + " ms");
        } catch (IOException e) {
            return answer(false, "cannot connect to " + where + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answer(false, "interrupted");
        }
    }

    private Reachability answer(boolean reachable, String detail) {
        return new Reachability(reachable, detail, Instant.now(clock));
    }

    private HttpClient client(long timeoutMillis) {
        HttpClient current = http;
        if (current == null) {
            // HTTP/1.1: an h2c upgrade on a plain-HTTP GET hangs against Liberty.
            current = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofMillis(timeoutMillis))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = current;
        }
        return current;
    }
}
