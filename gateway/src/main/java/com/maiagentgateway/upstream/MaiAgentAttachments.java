package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.model.StoredUpload;
import com.maiagentgateway.platform.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Attachments at MaiAgent: the presigned flow (ask for an upload URL, store the file there,
 * register it), and the allowed file specs.
 */
@ApplicationScoped
public class MaiAgentAttachments extends MaiAgentFacade {

    /** What the stored object becomes at MaiAgent: the file of an attachment. */
    private static final String MODEL_NAME = "attachment";
    private static final String FIELD_NAME = "file";

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    @Inject
    StorageUploader storage;

    /** Asking for an upload URL changes nothing at MaiAgent, so it is retried like a read. */
    public StoredUpload presign(String filename, long fileSize) {
        return MaiAgentWire.storedUpload(upstream.read("asking for an upload URL", () -> api.presignUpload(
                filename, MODEL_NAME, FIELD_NAME, Jsonp.createObjectBuilder().add("filename", filename).add("modelName", MODEL_NAME)
                        .add("fieldName", FIELD_NAME).add("fileSize", fileSize).build())));
    }

    /** The file to the storage the presigned upload names (without the MaiAgent key); sent again from disk if never received. */
    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public void store(StoredUpload upload, Path file, String filename, String contentType) {
        storage.upload(upload, file, filename, contentType);
    }

    /** The caller's bytes to the storage while they arrive; tried again only when no byte was sent (connection refused). */
    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public void storeAsReceived(StoredUpload upload, InputStream content, long size, String filename, String contentType) {
        storage.upload(upload, content, size, filename, contentType);
    }

    /** Registers a stored object (its key) as an attachment, in a conversation or (null) for completions. */
    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public Attachment register(String conversationId, String storedKey, String filename, String type) {
        JsonObjectBuilder body = Jsonp.createObjectBuilder().add("file", storedKey).add("filename", filename)
                .add("type", AttachmentJson.typeOf(type));
        return MaiAgentWire.attachment(upstream.write("registering an attachment", () -> conversationId == null
                ? api.createAttachment(body.build())
                : api.createConversationAttachment(conversationId, body.add("conversation", conversationId).build())));
    }

    public List<FileRule> allowedFileSpecs() {
        return MaiAgentWire.fileRules(upstream.read("reading the allowed file specs", api::allowedFileSpecs));
    }
}
