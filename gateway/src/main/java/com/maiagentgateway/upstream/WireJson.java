package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Tolerant access to MaiAgent's JSON: a member under its camelCase or its snake_case name, ids
 * as exact strings whether sent as strings or numbers, timestamps in any of the forms seen
 * (junk becomes null rather than a failure), missing lists as empty ones.
 */
final class WireJson {

    private WireJson() {
    }

    /** A JSON object from MaiAgent; anything else is a protocol failure, never a parser's exception. */
    static JsonObject parseObject(String text) {
        try (jakarta.json.JsonReader reader = Jsonp.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw new MaiAgentProtocolException("MaiAgent sent something that is not a JSON object", e);
        }
    }

    /** The member under {@code camelName} or its snake_case spelling; null when absent. */
    static JsonValue member(JsonObject json, String camelName) {
        if (json == null) {
            return null;
        }
        JsonValue value = json.get(camelName);
        if (value == null) {
            value = json.get(snake(camelName));
        }
        return value;
    }

    private static final java.util.regex.Pattern WORD_BOUNDARY = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

    static String snake(String camel) {
        return WORD_BOUNDARY.matcher(camel).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    /** A string, or the exact text of a number (128-bit ids keep every digit); null otherwise. */
    static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().toString();
        }
        if (value != null && (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE)) {
            return value.toString();
        }
        return null;
    }

    static String text(JsonObject json, String camelName) {
        return text(member(json, camelName));
    }

    static JsonObject object(JsonObject json, String camelName) {
        JsonValue value = member(json, camelName);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    static <T> List<T> list(JsonObject json, String camelName, Function<JsonObject, T> read) {
        JsonValue value = member(json, camelName);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(v -> read.apply(v.asJsonObject())).toList();
    }

    static Long whole(JsonObject json, String camelName) {
        JsonValue value = member(json, camelName);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Integer integer(JsonObject json, String camelName) {
        Long value = whole(json, camelName);
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    static Boolean flag(JsonObject json, String camelName) {
        JsonValue value = member(json, camelName);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    static Double decimal(JsonObject json, String camelName) {
        JsonValue value = member(json, camelName);
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Double.parseDouble(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Epoch milliseconds (as a string or number; 10 digits are seconds) or ISO-8601 with an offset;
     * anything else (MaiAgent's docs show free text) is null.
     */
    static Instant instant(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return epoch(n.longValue());
        }
        if (!(value instanceof JsonString s)) {
            return null;
        }
        String text = s.getString().trim();
        if (text.matches("\\d{10}|\\d{13}")) {
            return epoch(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException junk) {
                return null;
            }
        }
    }

    static Instant instant(JsonObject json, String camelName) {
        return instant(member(json, camelName));
    }

    private static Instant epoch(long value) {
        return value < 100_000_000_000L ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }
}
