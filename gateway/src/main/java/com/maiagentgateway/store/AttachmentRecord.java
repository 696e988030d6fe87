package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An attachment uploaded through the gateway: who, what, where it went, size and type. */
@Entity
@Table(name = "attachment_record")
public class AttachmentRecord {

    @Id
    @SequenceGenerator(name = "attachment_record_seq", sequenceName = "attachment_record_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_record_seq")
    private Long id;

    @Column(name = "attachment_id", nullable = false, length = 100)
    private String attachmentId;

    @Column(name = "conversation_id", length = 100)
    private String conversationId;

    @Column(name = "filename", nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 150)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "file_url", nullable = false, length = 2048)
    private String fileUrl;

    @Column(name = "attachment_type", length = 20)
    private String attachmentType;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AttachmentRecord() {
        // for JPA
    }

    public AttachmentRecord(String attachmentId, String conversationId, String filename, String contentType, long sizeBytes,
                            String fileUrl, String attachmentType, String uploadedBy, Instant uploadedAt) {
        this.attachmentId = attachmentId;
        this.conversationId = conversationId;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.fileUrl = fileUrl;
        this.attachmentType = attachmentType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getAttachmentId() {
        return attachmentId;
    }

    public String getConversationId() {
        return conversationId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getFileUrl() {
        return fileUrl;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
