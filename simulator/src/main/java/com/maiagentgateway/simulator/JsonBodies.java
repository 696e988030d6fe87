package com.maiagentgateway.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.UUID;

/** Request bodies read the way MaiAgent's framework reads them, with its error answers. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject object(String contentType, String body) {
        if (contentType != null && !contentType.toLowerCase().startsWith("application/json")) {
            throw DrfErrors.error(415, Json.createObjectBuilder()
                    .add("detail", "Unsupported media type \"" + contentType + "\" in request."));
        }
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw DrfErrors.invalid("non_field_errors", "Invalid data. Expected a dictionary, but got " + value.getValueType().name().toLowerCase() + ".");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw DrfErrors.parseError(e.getMessage());
        }
    }

    /** A string member, or null when absent or JSON null; a member of another type is a 400. */
    static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw DrfErrors.invalid(name, "Not a valid string.");
    }

    /** A UUID-valued member (or null); anything else is the 400 Django REST framework gives. */
    static String uuid(JsonObject json, String name) {
        String value = string(json, name);
        if (value != null && !isUuid(value)) {
            throw DrfErrors.invalid(name, "“" + value + "” is not a valid UUID.");
        }
        return value;
    }

    static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
