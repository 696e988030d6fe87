package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;

/** Registering a stored object as an attachment: what both registration endpoints check and answer. */
@ApplicationScoped
public class AttachmentRegistration {

    static final Set<String> TYPES = Set.of("image", "video", "audio", "sticker", "other");

    @Inject
    SimulatorStore store;

    @Inject
    SimulatorObjects objects;

    /** {@code file} is the key of a presigned upload, or an absolute URL. */
    SimAttachment fromJson(JsonObject json, String conversationId) {
        String filename = JsonBodies.string(json, "filename");
        String file = JsonBodies.string(json, "file");
        var errors = Json.createObjectBuilder();
        if (filename == null || filename.isBlank()) {
            errors.add("filename", Json.createArrayBuilder().add(DrfErrors.REQUIRED));
        }
        if (file == null || file.isBlank()) {
            errors.add("file", Json.createArrayBuilder().add(DrfErrors.REQUIRED));
        }
        JsonObject problems = errors.build();
        if (!problems.isEmpty()) {
            throw DrfErrors.invalid(Json.createObjectBuilder(problems));
        }
        String type = null;
        JsonValue given = json.get("type");
        if (given instanceof JsonString s) {
            if (!TYPES.contains(s.getString())) {
                throw DrfErrors.invalid("type", "\"" + s.getString() + "\" is not a valid choice.");
            }
            type = s.getString();
        }
        String stored;
        if (file.startsWith("http://") || file.startsWith("https://")) {
            stored = file;
        } else if (objects.get(file).isPresent()) {
            stored = SeedObjects.OBJECT_SCHEME + file;
        } else {
            throw DrfErrors.invalid("file", "No uploaded object has this key.");
        }
        return new SimAttachment(UUID.randomUUID().toString(), type, filename, stored, conversationId);
    }

    Response created(SimAttachment attachment, UriInfo uri) {
        store.addAttachment(attachment);
        return Response.status(201).entity(WireFormat.attachment(attachment, uri.getBaseUri()).toString()).build();
    }
}
