package com.maiagentgateway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where MaiAgent is and how to talk to it, from MicroProfile Config. The defaults here are the
 * production-safe ones; they rank below every config source, so a server's own defaults (the dev
 * server's) and environment variables both override them.
 */
@ApplicationScoped
public class MaiAgentSettings {

    public static final String PRODUCTION_BASE_URL = "https://api.maiagent.ai/api/v1";

    @Inject
    @ConfigProperty(name = "maiagent.base-url", defaultValue = PRODUCTION_BASE_URL)
    String baseUrl;

    @Inject
    @ConfigProperty(name = "maiagent.reachability.timeout-ms", defaultValue = "2000")
    long reachabilityTimeoutMillis;

    @Inject
    @ConfigProperty(name = "maiagent.connect-timeout-ms", defaultValue = "3000")
    long connectTimeoutMillis;

    /** Longest silence on an open call, a stream's pause between two events included. */
    @Inject
    @ConfigProperty(name = "maiagent.read-timeout-ms", defaultValue = "30000")
    long readTimeoutMillis;

    /**
     * How long a kept-alive connection to MaiAgent is reused: below the idle timeout of MaiAgent's
     * load balancer, so the gateway never sends a write down a connection the other side has closed.
     */
    @Inject
    @ConfigProperty(name = "maiagent.connection-ttl-ms", defaultValue = "20000")
    long connectionTtlMillis;

    /** Bound on one upload of a file to MaiAgent's object storage. */
    @Inject
    @ConfigProperty(name = "maiagent.storage.timeout-ms", defaultValue = "600000")
    long storageTimeoutMillis;

    /** The longest Retry-After the gateway waits out before asking again; a longer one is passed on. */
    @Inject
    @ConfigProperty(name = "maiagent.retry-after-cap-seconds", defaultValue = "5")
    long retryAfterCapSeconds;

    public long connectionTtlMillis() {
        return connectionTtlMillis;
    }

    /** The base URL without a trailing slash, e.g. {@code https://api.maiagent.ai/api/v1}. */
    public String baseUrl() {
        return baseUrl.replaceAll("/+$", "");
    }

    /**
     * The API key, never logged and sent nowhere but MaiAgent. Read at each use, here only, so a key
     * set or rotated while the gateway runs is sent at once and readiness sees it too.
     */
    public Optional<String> apiKey() {
        return currentApiKey();
    }

    /** The same, for what the container builds outside CDI (the Rest Client's header factory). */
    public static Optional<String> currentApiKey() {
        return ConfigProvider.getConfig().getOptionalValue("maiagent.api-key", String.class).filter(key -> !key.isBlank());
    }

    public long reachabilityTimeoutMillis() {
        return reachabilityTimeoutMillis;
    }

    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public long readTimeoutMillis() {
        return readTimeoutMillis;
    }

    public long storageTimeoutMillis() {
        return storageTimeoutMillis;
    }

    public long retryAfterCapSeconds() {
        return retryAfterCapSeconds;
    }
}
