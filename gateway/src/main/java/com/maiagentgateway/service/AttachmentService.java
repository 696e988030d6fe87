package com.maiagentgateway.service;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.RejectedUpload;
import com.maiagentgateway.model.StoredUpload;
import com.maiagentgateway.store.AttachmentRecord;
import com.maiagentgateway.store.AttachmentRegistry;
import com.maiagentgateway.upstream.MaiAgentAttachments;
import com.maiagentgateway.upstream.MaiAgentConversations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
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
    /** Enough for the type sniffer to read the first bytes and give them back. */
    static final int SNIFF_BUFFER_BYTES = 64 * 1024;

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
     * Uploads a file as an attachment, in a conversation or (null) for completions, refused by name
     * before any byte is read. With its size known ({@code size} ≥ 0) it goes in one pass: refused
     * by size at once, sniffed on its first bytes, sent on to MaiAgent's storage as it arrives. With
     * its size unknown (-1: a multipart part) it is spooled to a temporary file first, refused by
     * size while it is read, because the storage's presigned POST needs the length before the bytes.
     */
    @Audited("attachment.upload")
    public Attachment upload(@AuditTarget("attachment") String filename, @AuditTarget("conversation") String conversationId,
                             InputStream content, long size) {
        AttachmentPolicy policy = new AttachmentPolicy(maiAgent.allowedFileSpecs());
        FileRule rule = policy.ruleFor(filename);
        try {
            return size < 0 ? spooled(policy, rule, filename, conversationId, content)
                    : asReceived(policy, rule, filename, conversationId, content, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Attachment asReceived(AttachmentPolicy policy, FileRule rule, String filename, String conversationId,
                                  InputStream content, long size) throws IOException {
        policy.checkSize(filename, rule, size);
        DeclaredLengthInput exact = new DeclaredLengthInput(content, size);
        InputStream arriving = new BufferedInputStream(exact, SNIFF_BUFFER_BYTES);
        StoredUpload upload;
        String contentType;
        try {
            contentType = policy.contentTypeOfFirstBytes(filename, rule, arriving);
            upload = maiAgent.presign(filename, size);
            maiAgent.storeAsReceived(upload, arriving, size, filename, contentType);
        } catch (IOException | RuntimeException failed) {
            if (exact.failure() != null) {
                // The caller's bytes stopped coming: the storage saw a short body, which was never MaiAgent's fault.
                throw new RejectedUpload(RejectedUpload.Reason.STALLED, "The upload stopped arriving before its end ("
                        + exact.bytesRead() + " of " + size + " bytes): the file was not stored.");
            }
            throw failed;
        }
        return registered(upload, filename, conversationId, contentType, size);
    }

    private Attachment spooled(AttachmentPolicy policy, FileRule rule, String filename, String conversationId,
                               InputStream content) throws IOException {
        Path file = Files.createTempFile("maiagent-upload-", ".bin");
        try {
            long size = policy.receive(filename, rule, content, file);
            String contentType = policy.contentTypeOf(filename, rule, file);
            StoredUpload upload = maiAgent.presign(filename, size);
            maiAgent.store(upload, file, filename, contentType);
            return registered(upload, filename, conversationId, contentType, size);
        } finally {
            deleteQuietly(file);
        }
    }

    private Attachment registered(StoredUpload upload, String filename, String conversationId, String contentType, long size) {
        String type = AttachmentPolicy.attachmentType(contentType);
        Attachment attachment = maiAgent.register(conversationId, upload.fields().get("key"), filename, type);
        registry.add(new AttachmentRecord(attachment.id(), conversationId, filename, contentType, size,
                attachment.file(), type, actor.current(), clock.instant()));
        return attachment;
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
