package com.maiagentgateway.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * from memory. And a streamed completion relayed as bytes: an event-stream relay with no work of its own.
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

    /**
     * A streamed completion (section 2), relayed as bytes: the upstream's answer read through a blocking connection on
     * the request thread and each chunk written and flushed as it arrives, as nginx relays it with buffering off. The
     * events keep the upstream's stamps, so a pause or a busy core anywhere in this JVM counts, as it does for the
     * gateway.
     */
    @POST
    @Path("stream/{path: .+}")
    public Response relayStream(@Context UriInfo uri, @HeaderParam("Authorization") String authorization, byte[] body) throws IOException {
        String path = uri.getRequestUri().getRawPath().substring(uri.getBaseUri().getRawPath().length() + "stream".length());
        HttpURLConnection call = (HttpURLConnection) URI.create(UPSTREAM_URL + path).toURL().openConnection();
        call.setRequestMethod("POST");
        call.setDoOutput(true);
        call.setFixedLengthStreamingMode(body.length);
        call.setRequestProperty("Authorization", authorization);
        call.setRequestProperty("Content-Type", MediaType.APPLICATION_JSON);
        call.setRequestProperty("Accept", MediaType.SERVER_SENT_EVENTS);
        call.setConnectTimeout(5000);
        call.setReadTimeout(60000);
        try (OutputStream out = call.getOutputStream()) {
            out.write(body);
        }
        int status = call.getResponseCode();
        if (status >= 400) {
            try (InputStream error = call.getErrorStream()) {
                return Response.status(status).entity(error == null ? new byte[0] : error.readAllBytes()).build();
            }
        }
        StreamingOutput events = output -> {
            byte[] chunk = new byte[8192];
            try (InputStream in = call.getInputStream()) {
                for (int read; (read = in.read(chunk)) >= 0; ) {
                    output.write(chunk, 0, read);
                    output.flush();
                }
            }
        };
        return Response.ok(events, MediaType.SERVER_SENT_EVENTS).build();
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
