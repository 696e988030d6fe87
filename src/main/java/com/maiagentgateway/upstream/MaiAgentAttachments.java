package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.model.StoredUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Attachments at MaiAgent: the presigned flow (ask for an upload URL, store the file there,
 * register it), the direct multipart upload, and the allowed file specs.
 */
@ApplicationScoped
public class MaiAgentAttachments {

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    @Inject
    StorageUploader storage;

    /** Asking for an upload URL changes nothing at MaiAgent, so it is retried like a read. */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public StoredUpload presign(String filename, long fileSize) {
        return MaiAgentWire.storedUpload(upstream.run("asking for an upload URL", () -> api.presignUpload(Json.createObjectBuilder()
                .add("filename", filename).add("modelName", "attachment").add("fieldName", "file").add("fileSize", fileSize).build())));
    }

    /** The file to the storage the presigned upload names (without the MaiAgent key); sent again from disk if never received. */
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public void store(StoredUpload upload, Path file, String filename, String contentType) {
        storage.upload(upload, file, filename, contentType);
    }

    /** Registers a stored object (its key) as an attachment, in a conversation or (null) for completions. */
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public Attachment register(String conversationId, String storedKey, String filename, String type) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("file", storedKey).add("filename", filename)
                .add("type", type == null ? JsonValue.EMPTY_JSON_OBJECT : Json.createValue(type));
        return MaiAgentWire.attachment(upstream.run("registering an attachment", () -> conversationId == null
                ? api.createAttachment(body.build())
                : api.createConversationAttachment(conversationId, body.add("conversation", conversationId).build())));
    }

    /** MaiAgent's one-step multipart upload ({@code attachments-upload/}: 200, nothing returned). */
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public void uploadDirectly(Path file, String filename, String contentType) {
        try (InputStream content = Files.newInputStream(file)) {
            EntityPart part = EntityPart.withName("file").fileName(filename).mediaType(MediaType.valueOf(contentType))
                    .content(content).build();
            try (Response ignored = upstream.run("uploading an attachment", () -> api.uploadAttachment(List.of(part)))) {
                // 200 with no body is all MaiAgent says
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file, e);
        }
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public List<FileRule> allowedFileSpecs() {
        return MaiAgentWire.fileRules(upstream.run("reading the allowed file specs", api::allowedFileSpecs));
    }
}
