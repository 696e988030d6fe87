package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * The attachment endpoints: a presigned upload URL, registering an uploaded object, and the two
 * direct multipart uploads ({@code attachments/} and {@code attachments-upload/}).
 */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsEndpoint {

    @Inject
    AttachmentRegistration registration;

    @Inject
    PresignedUploads presigned;

    @Inject
    SimulatorObjects objects;

    @POST
    @Path("upload-presigned-url/")
    @Consumes(MediaType.WILDCARD)
    public String presignedUrl(String body, @HeaderParam("Content-Type") String contentType,
                               @QueryParam("filename") String filenameParam, @QueryParam("modelName") String modelParam,
                               @QueryParam("fieldName") String fieldParam, @Context UriInfo uri) {
        JsonObject json = JsonBodies.object(contentType, body);
        JsonValue size = json.get("fileSize");
        if (size == null || size.getValueType() == JsonValue.ValueType.NULL) {
            throw DrfErrors.invalid("fileSize", DrfErrors.REQUIRED);
        }
        if (size.getValueType() != JsonValue.ValueType.NUMBER || !json.getJsonNumber("fileSize").isIntegral()
                || json.getJsonNumber("fileSize").longValue() < 0) {
            throw DrfErrors.invalid("fileSize", "A valid integer is required.");
        }
        // The reference page's reading: the names are query parameters (the body's copies are ignored, as DRF ignores unknown members).
        PresignedUploads.Presigned upload = presigned.create(modelParam, filenameParam, json.getJsonNumber("fileSize").longValue());
        var fields = Json.createObjectBuilder();
        upload.fields().forEach(fields::add);
        return Json.createObjectBuilder()
                .add("url", uri.getBaseUri().resolve("storage" + StorageTargetServlet.UPLOAD_PATH).toString())
                .add("fields", fields).build().toString();
    }

    @POST
    @Path("attachments/")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body, @HeaderParam("Content-Type") String contentType, @Context UriInfo uri) {
        return registration.created(registration.fromJson(JsonBodies.object(contentType, body), null), uri);
    }

    @POST
    @Path("attachments/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadDirectly(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
        EntityPart file = filePart(parts);
        String key = "media/chat/attachment/" + UUID.randomUUID() + "/" + file.getFileName().orElse("file");
        try (InputStream in = file.getContent()) {
            objects.put(key, file.getMediaType().toString(), in);
        }
        SimAttachment attachment = new SimAttachment(UUID.randomUUID().toString(), guessType(file.getMediaType()),
                file.getFileName().orElse("file"), SeedObjects.OBJECT_SCHEME + key, null);
        return registration.created(attachment, uri);
    }

    @POST
    @Path("attachments-upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadAndForget(List<EntityPart> parts) throws IOException {
        EntityPart file = filePart(parts);
        try (InputStream in = file.getContent()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Response.ok().build(); // MaiAgent answers 200 with no body at all
    }

    private static EntityPart filePart(List<EntityPart> parts) {
        return parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> DrfErrors.invalid("file", "No file was submitted."));
    }

    private static String guessType(MediaType mediaType) {
        return switch (mediaType.getType()) {
            case "image" -> "image";
            case "audio" -> "audio";
            case "video" -> "video";
            default -> "other";
        };
    }
}
