package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * MaiAgent's error answers as exceptions: its {@code detail} or field errors, and Retry-After in
 * seconds (given as seconds or as an HTTP date). HTML from a proxy is reduced to its status.
 */
public class MaiAgentErrorMapper implements ResponseExceptionMapper<MaiAgentErrorException> {

    static final int MAX_DETAIL = 500;

    /** "Now", for a Retry-After given as a date. */
    private final Clock clock;

    MaiAgentErrorMapper(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public MaiAgentErrorException toThrowable(Response response) {
        int status = response.getStatus();
        String body = "";
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            // the status says enough
        }
        return exceptionFor(status, body, response.getHeaderString("Retry-After"), clock);
    }

    /** The exception for an error answer, from its status, body and Retry-After header. */
    static MaiAgentErrorException exceptionFor(int status, String body, String retryAfterHeader, Clock clock) {
        Long retryAfter = retryAfterSeconds(retryAfterHeader, clock);
        String detail = detail(body);
        if (status == 429 || status == 502 || status == 503 || status == 504) {
            return new MaiAgentBusyException(status, detail, retryAfter);
        }
        if (status >= 500) {
            return new MaiAgentServerErrorException(status, detail);
        }
        return new MaiAgentErrorException(status, detail, retryAfter);
    }

    static String detail(String body) {
        String trimmed = body == null ? "" : body.trim();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(trimmed))) {
            JsonObject json = reader.readObject();
            if (json.get("detail") != null && json.get("detail").getValueType() == JsonValue.ValueType.STRING) {
                return clip(json.getString("detail"));
            }
            StringJoiner fields = new StringJoiner("; ");
            json.forEach((field, problem) -> fields.add(field + ": " + flatten(problem)));
            return clip(fields.toString());
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String flatten(JsonValue problem) {
        return switch (problem.getValueType()) {
            case ARRAY -> String.join(" ", problem.asJsonArray().stream().map(MaiAgentErrorMapper::flatten).toList());
            case STRING -> ((jakarta.json.JsonString) problem).getString();
            case OBJECT -> {
                StringJoiner inner = new StringJoiner(", ");
                problem.asJsonObject().forEach((k, v) -> inner.add(k + ": " + flatten(v)));
                yield inner.toString();
            }
            default -> problem.toString();
        };
    }

    private static String clip(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }

    static Long retryAfterSeconds(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.matches("\\d{1,9}")) {
            return Long.parseLong(value);
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(ZonedDateTime.now(clock), when).toSeconds());
        } catch (RuntimeException unparseable) {
            return null;
        }
    }
}
