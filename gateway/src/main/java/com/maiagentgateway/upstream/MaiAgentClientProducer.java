package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The one MaiAgent client, built from {@link MaiAgentSettings} (so {@code maiagent.base-url} is the
 * single place the address is set) with connect and read timeouts: {@code @Timeout} alone cannot
 * cut a blocked synchronous call.
 */
@ApplicationScoped
public class MaiAgentClientProducer {

    @Inject
    MaiAgentSettings settings;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    MaiAgentApi maiAgentApi() {
        return build(settings.connectTimeoutMillis(), settings.readTimeoutMillis());
    }

    /** The same client for health checks, which must answer quickly whatever MaiAgent does. */
    @Produces
    @ApplicationScoped
    @ForReachability
    MaiAgentApi reachabilityApi() {
        return build(settings.reachabilityTimeoutMillis(), settings.reachabilityTimeoutMillis());
    }

    private MaiAgentApi build(long connectTimeoutMillis, long readTimeoutMillis) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.baseUrl() + "/"))
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .register(new MaiAgentErrorMapper(clock))
                // RESTEasy's pool (Liberty and WildFly): no connection is reused after this long.
                .property("resteasy.connectionTTL", java.util.List.of(settings.connectionTtlMillis(), TimeUnit.MILLISECONDS))
                .build(MaiAgentApi.class);
    }
}
