package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.Canvas;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A message as {@code POST messages/} takes it: optional members only when given. */
final class MessageJson {

    private MessageJson() {
    }

    static JsonObject of(String conversationId, OutgoingMessage message) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("conversation", conversationId);
        if (message.type() != null) {
            json.add("type", message.type());
        }
        if (message.content() != null) {
            json.add("content", message.content());
        }
        if (message.contentPayload() != null) {
            json.add("contentPayload", message.contentPayload());
        }
        JsonArrayBuilder files = Jsonp.createArrayBuilder();
        for (Attachment a : message.attachments() == null ? java.util.List.<Attachment>of() : message.attachments()) {
            files.add(AttachmentJson.of(a));
        }
        json.add("attachments", files);
        if (message.canvas() != null) {
            Canvas canvas = message.canvas();
            json.add("canvas", Jsonp.createObjectBuilder().add("name", canvas.name()).add("canvasType", canvas.canvasType())
                    .add("title", canvas.title()).add("content", canvas.content()));
        }
        if (message.queryMetadata() != null) {
            json.add("queryMetadata", message.queryMetadata());
        }
        return json.build();
    }
}
