package com.maiagentgateway.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The {@code attachments} of a message create or a completion, held to the strictest page: each
 * needs {@code id} (a UUID), {@code filename} and {@code file}; {@code type} is a string choice, and
 * under /api, whose page prints {@code {}} as its example, an empty object or no type is taken as none.
 */
final class MessageAttachments {

    private MessageAttachments() {
    }

    /** The attachments as stored with the message; a 400 with field errors at the first bad one. */
    static JsonArray read(JsonValue given, String prefix, String conversationId) {
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (given.getValueType() != JsonValue.ValueType.ARRAY) {
            throw DrfErrors.invalid("attachments", "Expected a list of items but got type \"" + given.getValueType().name().toLowerCase() + "\".");
        }
        boolean typeRequired = prefix.endsWith("/v1");
        JsonArrayBuilder stored = Json.createArrayBuilder();
        for (JsonValue item : given.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refused(Json.createObjectBuilder().add("non_field_errors", Json.createArrayBuilder().add("Invalid data. Expected a dictionary.")));
            }
            JsonObject a = item.asJsonObject();
            JsonObjectBuilder errors = Json.createObjectBuilder();
            String id = JsonBodies.string(a, "id");
            if (id == null) {
                errors.add("id", Json.createArrayBuilder().add(DrfErrors.REQUIRED));
            } else if (!JsonBodies.isUuid(id)) {
                errors.add("id", Json.createArrayBuilder().add("“" + id + "” is not a valid UUID."));
            }
            for (String member : new String[] {"filename", "file"}) {
                String value = JsonBodies.string(a, member);
                if (value == null || value.isBlank()) {
                    errors.add(member, Json.createArrayBuilder().add(DrfErrors.REQUIRED));
                }
            }
            JsonValue type = a.get("type");
            boolean none = type == null || type.getValueType() == JsonValue.ValueType.NULL
                    || (type.getValueType() == JsonValue.ValueType.OBJECT && type.asJsonObject().isEmpty());
            if (none && typeRequired) {
                errors.add("type", Json.createArrayBuilder().add(DrfErrors.REQUIRED));
            } else if (!none && !(type instanceof JsonString s && AttachmentRegistration.TYPES.contains(s.getString()))) {
                errors.add("type", Json.createArrayBuilder().add("\"" + type + "\" is not a valid choice."));
            }
            JsonObject problems = errors.build();
            if (!problems.isEmpty()) {
                throw refused(Json.createObjectBuilder(problems));
            }
            stored.add(Json.createObjectBuilder()
                    .add("id", id)
                    .add("type", none ? JsonValue.EMPTY_JSON_OBJECT : type)
                    .add("filename", a.getString("filename"))
                    .add("file", a.getString("file"))
                    .add("conversation", conversationId));
        }
        return stored.build();
    }

    private static RuntimeException refused(JsonObjectBuilder itemErrors) {
        return DrfErrors.invalid(Json.createObjectBuilder().add("attachments", Json.createArrayBuilder().add(itemErrors)));
    }
}
