package com.maiagentgateway.service;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.StoredUpload;
import com.maiagentgateway.store.AttachmentRecord;
import com.maiagentgateway.store.AttachmentRegistry;
import com.maiagentgateway.upstream.MaiAgentAttachments;
import com.maiagentgateway.upstream.MaiAgentConversations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attachments: an uploaded file is checked against MaiAgent's allowed specs, sent
 * through the presigned flow (upload URL, object storage, registration), recorded in the
 * attachment registry and audited. Listing a conversation's attachments joins its messages'
 * attachments with the registry.
 */
@ApplicationScoped
public class AttachmentService {

    static final int MESSAGES_SCANNED = 100;

    @Inject
    MaiAgentAttachments maiAgent;

    @Inject
    MaiAgentConversations conversations;

    @Inject
    AttachmentRegistry registry;

    @Inject
    AuditActor actor;

    @Inject
    Clock clock;


    /**
     * Uploads a file as an attachment, in a conversation or (null) for completions. The content is
     * streamed to a temporary file, refused by name before it is read and by size while it is read.
     */
    @Audited("attachment.upload")
    public Attachment upload(@AuditTarget("attachment") String filename, @AuditTarget("conversation") String conversationId,
                             InputStream content) {
        Path file = null;
        try {
            AttachmentPolicy policy = new AttachmentPolicy(maiAgent.allowedFileSpecs());
            FileRule rule = policy.ruleFor(filename);
            file = Files.createTempFile("maiagent-upload-", ".bin");
            long size = policy.receive(filename, rule, content, file);
            String contentType = policy.contentTypeOf(filename, rule, file);
            StoredUpload upload = maiAgent.presign(filename, size);
            maiAgent.store(upload, file, filename, contentType);
            String type = AttachmentPolicy.attachmentType(contentType);
            Attachment attachment = maiAgent.register(conversationId, upload.fields().get("key"), filename, type);
            registry.add(new AttachmentRecord(attachment.id(), conversationId, filename, contentType, size,
                    attachment.file(), type, actor.current(), clock.instant()));
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** What MaiAgent accepts as a message attachment: each kind's extensions and size limit. */
    public List<FileRule> attachmentRules() {
        return new AttachmentPolicy(maiAgent.allowedFileSpecs()).rules();
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; the OS removes it eventually
        }
    }

    /** The conversation's attachments: those in its latest messages and those uploaded through the gateway, once each. */
    public List<Attachment> ofConversation(String conversationId) {
        Map<String, Attachment> byId = new LinkedHashMap<>();
        for (Message message : conversations.messages(conversationId, null, MESSAGES_SCANNED).items()) {
            for (Attachment a : message.attachments()) {
                byId.putIfAbsent(key(a), new Attachment(a.id(), a.type(), a.filename(), a.file(), conversationId));
            }
        }
        for (AttachmentRecord r : registry.ofConversation(conversationId, 500)) {
            Attachment a = new Attachment(r.getAttachmentId(), r.getAttachmentType(), r.getFilename(), r.getFileUrl(), conversationId);
            byId.putIfAbsent(key(a), a);
        }
        return new ArrayList<>(byId.values());
    }

    private static String key(Attachment a) {
        return a.id() != null ? a.id() : a.file();
    }
}
