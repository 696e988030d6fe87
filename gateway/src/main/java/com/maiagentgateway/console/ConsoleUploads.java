package com.maiagentgateway.console;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.service.AttachmentService;
import java.io.IOException;
import java.io.InputStream;
import org.primefaces.model.file.UploadedFile;

/** A file from one of the console's upload widgets, stored as a conversation's attachment by the service the API uses. */
final class ConsoleUploads {

    private ConsoleUploads() {
    }

    /**
     * The stored attachment, or null when it was refused or failed: then the page says why, beside the widget
     * {@code saidAt} (a client id; null: at the page's top). The spooled part goes either way.
     */
    static Attachment store(AttachmentService attachments, String conversationId, UploadedFile file, String saidAt) {
        try (InputStream content = file.getInputStream()) {
            return attachments.upload(file.getFileName(), conversationId, content, file.getSize());
        } catch (IOException | RuntimeException failure) {
            String what = ConsoleText.get("attachments.notUploaded", file.getFileName());
            if (saidAt == null) {
                PageMessages.failure(what, failure);
            } else {
                PageMessages.failureAt(saidAt, what, failure);
            }
            return null;
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its spooled parts at the end of the request anyway
            }
        }
    }
}
