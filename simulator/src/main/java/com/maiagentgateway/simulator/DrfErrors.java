package com.maiagentgateway.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Errors the way MaiAgent's framework (Django REST framework) answers them. */
final class DrfErrors {

    static final String REQUIRED = "This field is required.";

    private DrfErrors() {
    }

    static WebApplicationException notFound() {
        return error(404, Json.createObjectBuilder().add("detail", "Not found."));
    }

    /** 400 with one message per field: {@code {"field": ["message"]}}. */
    static WebApplicationException invalid(String field, String message) {
        return error(400, Json.createObjectBuilder().add(field, Json.createArrayBuilder().add(message)));
    }

    static WebApplicationException invalid(JsonObjectBuilder fieldErrors) {
        return error(400, fieldErrors);
    }

    static WebApplicationException parseError(String detail) {
        return error(400, Json.createObjectBuilder().add("detail", "JSON parse error - " + detail));
    }

    static WebApplicationException error(int status, JsonObjectBuilder body) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.build().toString()).build());
    }
}
