package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Reachability;
import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks MaiAgent for its cheapest answer ({@code GET allowed-file-specs/}) through the regular
 * client (so with the key, and only there), with short timeouts and no retries: reachable means
 * MaiAgent answers and accepts the key. The answer is kept a few seconds so health polls and
 * page views do not hammer MaiAgent.
 */
@ApplicationScoped
public class ReachabilityProbe {

    static final Duration CACHE_FOR = Duration.ofSeconds(5);

    @Inject
    MaiAgentSettings settings;

    @Inject
    @ForReachability
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    @Inject
    Clock clock;

    private final AtomicReference<Reachability> last = new AtomicReference<>();

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
        if (settings.apiKey().isEmpty()) {
            return answer(false, "no API key is configured (maiagent.api-key / MAIAGENT_API_KEY)");
        }
        String where = settings.baseUrl().replaceAll("^(https?://[^/]+).*$", "$1");
        try {
            upstream.read("the reachability check", api::allowedFileSpecs);
            return answer(true, where + " answers");
        } catch (MaiAgentErrorException e) {
            return answer(false, e.status() == 401 || e.status() == 403
                    ? where + " refuses the API key (HTTP " + e.status() + ")"
                    : where + " answers HTTP " + e.status() + (e.status() == 404 ? ": check maiagent.base-url" : ""));
        } catch (MaiAgentUnreachableException e) {
            return answer(false, e.timedOut()
                    ? "no answer from " + where + " within " + settings.reachabilityTimeoutMillis() + " ms"
                    : "cannot connect to " + where);
        } catch (UpstreamException e) {
            return answer(false, where + " answers, but not in a form the gateway reads");
        } catch (IllegalArgumentException e) {
            return answer(false, "maiagent.base-url is not a valid URL");
        }
    }

    private Reachability answer(boolean reachable, String detail) {
        return new Reachability(reachable, detail, Instant.now(clock));
    }
}
