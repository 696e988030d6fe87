package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Attachment;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** An attachment as MaiAgent's request bodies take it ({@code message.attachments}). */
final class AttachmentJson {

    private AttachmentJson() {
    }

    static JsonObjectBuilder of(Attachment a) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (a.id() != null) {
            json.add("id", a.id());
        }
        json.add("type", a.type() == null ? JsonValue.EMPTY_JSON_OBJECT : Json.createValue(a.type()));
        json.add("filename", a.filename());
        json.add("file", a.file());
        return json;
    }
}
