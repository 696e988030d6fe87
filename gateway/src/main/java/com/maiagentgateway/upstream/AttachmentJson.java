package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonObjectBuilder;

/** An attachment as MaiAgent's request bodies take it ({@code message.attachments}). */
final class AttachmentJson {

    /** A type every page accepts: the /api/v1 messages page requires a string, so "none" ({@code {}}) goes as {@code other}. */
    static final String UNKNOWN_TYPE = "other";

    private AttachmentJson() {
    }

    static String typeOf(String type) {
        return type == null ? UNKNOWN_TYPE : type;
    }

    static JsonObjectBuilder of(Attachment a) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        if (a.id() != null) {
            json.add("id", a.id());
        }
        json.add("type", typeOf(a.type()));
        json.add("filename", a.filename());
        json.add("file", a.file());
        return json;
    }
}
