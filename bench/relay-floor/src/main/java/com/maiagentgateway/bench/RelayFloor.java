package com.maiagentgateway.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * What a relay on this Liberty pays for a synchronous call, before any gateway work: a JAX-RS GET that makes the same
 * call to the upstream and answers with its bytes. No login, no validation, no mapping, no metrics of its own. Two ways
 * out: the JDK's blocking {@code HttpURLConnection} on the request thread (the least any relay pays; kept-alive
 * connections up to {@code -Dhttp.maxConnections}), and MicroProfile Rest Client, RESTEasy on Liberty, as the gateway
 * calls MaiAgent. The bench's floors for a gateway, where the simulator's resources are the floor for an answer built
 * from memory.
 */
@ApplicationScoped
@Path("/")
public class RelayFloor {

    private static final String UPSTREAM_URL = ConfigProvider.getConfig().getValue("relay-floor.upstream", String.class);

    private static final UpstreamApi REST_CLIENT = RestClientBuilder.newBuilder().baseUri(URI.create(UPSTREAM_URL + "/api/v1/"))
            .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(UpstreamApi.class);

    /** Any upstream path, as sent (a path parameter would lose MaiAgent's trailing slash), through a blocking connection. */
    @GET
    @Path("blocking/{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response relayBlocking(@Context UriInfo uri, @HeaderParam("Authorization") String authorization) throws IOException {
        String path = uri.getRequestUri().getRawPath().substring(uri.getBaseUri().getRawPath().length() + "blocking".length());
        String query = uri.getRequestUri().getRawQuery();
        HttpURLConnection call = (HttpURLConnection) URI.create(UPSTREAM_URL + path + (query == null ? "" : "?" + query))
                .toURL().openConnection();
        call.setRequestProperty("Authorization", authorization);
        call.setConnectTimeout(5000);
        call.setReadTimeout(10000);
        int status = call.getResponseCode();
        // Read to the end and closed: the connection goes back to the JDK's keep-alive cache.
        try (InputStream body = status >= 400 ? call.getErrorStream() : call.getInputStream()) {
            return Response.status(status).entity(body == null ? new byte[0] : body.readAllBytes()).build();
        }
    }

    @GET
    @Path("rest-client/api/v1/conversations/{id}/")
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] conversationThroughRestClient(@PathParam("id") String id, @HeaderParam("Authorization") String authorization) {
        return REST_CLIENT.conversation(id, authorization);
    }

    @GET
    @Path("rest-client/api/v1/messages/")
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] messagesThroughRestClient(@QueryParam("conversation") String conversation, @QueryParam("pageSize") int pageSize,
                                            @HeaderParam("Authorization") String authorization) {
        return REST_CLIENT.messages(conversation, pageSize, authorization);
    }

    /** MaiAgent's two read calls the bench makes, as a Rest Client interface. */
    @Path("/")
    public interface UpstreamApi {
        @GET
        @Path("conversations/{id}/")
        @Produces(MediaType.APPLICATION_JSON)
        byte[] conversation(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

        @GET
        @Path("messages/")
        @Produces(MediaType.APPLICATION_JSON)
        byte[] messages(@QueryParam("conversation") String conversation, @QueryParam("pageSize") int pageSize,
                        @HeaderParam("Authorization") String authorization);
    }

    @ApplicationPath("/")
    public static class RelayFloorApplication extends Application {
    }
}
