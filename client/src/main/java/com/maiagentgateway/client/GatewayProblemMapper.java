package com.maiagentgateway.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every answer of 400 or more as a {@link GatewayProblem}, read from its problem body (or its status alone, where none came). */
public class GatewayProblemMapper implements ResponseExceptionMapper<GatewayProblem> {

    @Override
    public GatewayProblem toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        JsonObject problem = JsonValue.EMPTY_JSON_OBJECT;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            problem = reader.readObject();
        } catch (RuntimeException notJson) {
            // An answer from something before the gateway (a proxy): the status says what there is to say.
        }
        List<GatewayProblem.FieldError> errors = problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.ARRAY
                ? problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> new GatewayProblem.FieldError(e.getString("field", null), e.getString("message", null))).toList()
                : List.of();
        return new GatewayProblem(response.getStatus(), problem.getString("type", "about:blank"),
                problem.getString("detail", response.getStatusInfo().getReasonPhrase()), errors, retryAfter(response.getStringHeaders()),
                problem.getString("traceId", null));
    }

    private static Long retryAfter(MultivaluedMap<String, String> headers) {
        String seconds = headers.getFirst("Retry-After");
        return seconds != null && seconds.matches("\\d{1,9}") ? Long.valueOf(seconds) : null;
    }
}
