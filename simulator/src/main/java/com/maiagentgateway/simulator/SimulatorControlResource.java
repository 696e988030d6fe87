package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Not part of MaiAgent: switches for tests. Faults armed per endpoint, settings overridden for a
 * while, the log of webhook delivery attempts and of streams. Same Api-Key as the rest of the simulator.
 */
@ApplicationScoped
@Path("control/")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorControlResource {

    @Inject
    FaultSwitchboard switchboard;

    @Inject
    WebhookDispatcher webhooks;

    @Inject
    StreamLog streams;

    @Inject
    SimulatorSettings settings;

    /** The settings in force (names without {@code maiagent.simulator.}). */
    @GET
    @Path("settings/")
    public String settings() {
        JsonObjectBuilder all = Json.createObjectBuilder();
        settings.current().forEach(all::add);
        return all.build().toString();
    }

    /** {@code {"stream-delay-ms": "250", ...}}: overrides until cleared; an unknown name is a 400 and sets nothing. */
    @PUT
    @Path("settings/")
    @Consumes(MediaType.WILDCARD)
    public String override(String body, @HeaderParam("Content-Type") String contentType) {
        JsonObject json = JsonBodies.object(contentType, body);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        json.forEach((name, value) -> values.put(name, value instanceof jakarta.json.JsonString s ? s.getString() : value.toString()));
        try {
            settings.override(values);
        } catch (IllegalArgumentException e) {
            throw DrfErrors.invalid("non_field_errors", e.getMessage());
        }
        return settings();
    }

    @DELETE
    @Path("settings/")
    public Response clearSettings() {
        settings.clearOverrides();
        return Response.noContent().build();
    }

    /** When each event of the last stream of a conversation left the simulator (ISO instants, microseconds). */
    @GET
    @Path("stream-log/{conversation}/")
    public String streamLog(@PathParam("conversation") String conversation) {
        JsonArrayBuilder times = Json.createArrayBuilder();
        streams.of(conversation).forEach(at -> times.add(at.toString()));
        return times.build().toString();
    }

    /** How many streamed completions the simulator is writing now (0 once every reader has gone). */
    @GET
    @Path("open-streams/")
    @Produces(MediaType.APPLICATION_JSON)
    public String openStreams() {
        return Json.createObjectBuilder().add("open", streams.open()).build().toString();
    }

    /** {@code {"endpoint": "completions", "fault": "status=503", "times": 2}}; times 0 or absent: until cleared. */
    @POST
    @Path("faults/")
    @Consumes(MediaType.WILDCARD)
    public Response arm(String body, @HeaderParam("Content-Type") String contentType) {
        JsonObject json = JsonBodies.object(contentType, body);
        String endpoint = JsonBodies.string(json, "endpoint");
        String fault = JsonBodies.string(json, "fault");
        if (endpoint == null || !SimulatedEndpoints.NAMES.contains(endpoint)) {
            throw DrfErrors.invalid("endpoint", "one of " + SimulatedEndpoints.NAMES);
        }
        if (fault == null) {
            throw DrfErrors.invalid("fault", DrfErrors.REQUIRED);
        }
        try {
            switchboard.arm(endpoint, fault, json.getInt("times", 0));
        } catch (IllegalArgumentException e) {
            throw DrfErrors.invalid("fault", e.getMessage());
        }
        return Response.status(201).entity(faults()).build();
    }

    @GET
    @Path("faults/")
    public String faults() {
        JsonObjectBuilder all = Json.createObjectBuilder();
        switchboard.armed().forEach((endpoint, armed) -> all.add(endpoint, Json.createObjectBuilder()
                .add("fault", armed.spec()).add("remaining", armed.remaining())));
        return all.build().toString();
    }

    @DELETE
    @Path("faults/")
    public Response clearAll() {
        switchboard.clearAll();
        return Response.noContent().build();
    }

    @DELETE
    @Path("faults/{endpoint}/")
    public Response clear(@PathParam("endpoint") String endpoint) {
        switchboard.clear(endpoint);
        return Response.noContent().build();
    }

    /** Delivery attempts, oldest first; {@code conversation} narrows them to one conversation. */
    @GET
    @Path("webhook-deliveries/")
    public String deliveries(@QueryParam("conversation") String conversation) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        webhooks.attempts().stream()
                .filter(a -> conversation == null || conversation.equals(a.conversationId()))
                .forEach(a -> list.add(Json.createObjectBuilder()
                        .add("message", a.messageId()).add("conversation", a.conversationId())
                        .add("attempt", a.attempt()).add("duplicate", a.duplicate())
                        .add("status", a.status()).add("at", a.at().toString())));
        return list.build().toString();
    }
}
