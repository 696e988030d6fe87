package com.maiagentgateway.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every answer of 400 or more as a {@link GatewayProblem}, read from its problem body (or its status alone, where none came). */
public class GatewayProblemMapper implements ResponseExceptionMapper<GatewayProblem> {

    @Override
    public GatewayProblem toThrowable(Response response) {
        return problemOf(response.getStatus(), response.getStatusInfo().getReasonPhrase(),
                response.hasEntity() ? response.readEntity(String.class) : "", response.getStringHeaders().getFirst("Retry-After"));
    }

    /** The problem an answer of {@code status} carries in {@code body}, with its {@code Retry-After} (null: none). */
    static GatewayProblem problemOf(int status, String reason, String body, String retryAfter) {
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
        Long retryAfterSeconds = retryAfter != null && retryAfter.matches("\\d{1,9}") ? Long.valueOf(retryAfter) : null;
        return new GatewayProblem(status, problem.getString("type", "about:blank"), problem.getString("detail", reason), errors,
                retryAfterSeconds, problem.getString("traceId", null));
    }
}
