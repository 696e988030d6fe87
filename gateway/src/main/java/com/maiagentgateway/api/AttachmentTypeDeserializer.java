package com.maiagentgateway.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** An attachment's {@code type}: a string, or {@code {}} (MaiAgent's examples' "no type"), which reads as none. */
public class AttachmentTypeDeserializer implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL || (value instanceof JsonObject object && object.isEmpty())) {
            return null;
        }
        throw new JsonbException("an attachment type is a string (image, video, audio, sticker, other) or {}");
    }
}
