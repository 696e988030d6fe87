package com.maiagentgateway.bench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** The two reads at the upstream under the gateway's own retry and circuit-breaker policy (its {@code MaiAgentFacade}). */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 10_000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2)
public class UpstreamReads {

    private static final Config CONFIG = ConfigProvider.getConfig();
    /** The upstream's API and the key it takes, for the streamed completion too ({@link PlatformStreamFloor}). */
    static final String API_BASE = CONFIG.getValue("platform-floor.upstream", String.class) + "/api/v1/";
    static final String KEY = "Api-Key " + CONFIG.getValue("platform-floor.upstream-key", String.class);
    private static final UpstreamApi API = RestClientBuilder.newBuilder()
            .baseUri(URI.create(API_BASE))
            .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(UpstreamApi.class);

    public Wire.Conversation conversation(String id) {
        return API.conversation(id, KEY);
    }

    public Wire.MessagePage messages(String conversation, int pageSize) {
        return API.messages(conversation, pageSize, KEY);
    }

    /** MaiAgent's two read calls, typed: JSON-B reads the answer. */
    @Path("/")
    public interface UpstreamApi {
        @GET
        @Path("conversations/{id}/")
        @Produces(MediaType.APPLICATION_JSON)
        Wire.Conversation conversation(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

        @GET
        @Path("messages/")
        @Produces(MediaType.APPLICATION_JSON)
        Wire.MessagePage messages(@QueryParam("conversation") String conversation, @QueryParam("pageSize") int pageSize,
                                  @HeaderParam("Authorization") String authorization);
    }
}
