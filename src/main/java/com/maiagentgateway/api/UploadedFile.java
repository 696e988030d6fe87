package com.maiagentgateway.api;

import com.maiagentgateway.service.RejectedUpload;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code file} part of a multipart upload, as a temporary file (the container has already
 * spooled it to disk; nothing is held in the heap). Delete it with {@link #close()}.
 */
final class UploadedFile implements AutoCloseable {

    final Path path;
    final String filename;

    private UploadedFile(Path path, String filename) {
        this.path = path;
        this.filename = filename;
    }

    static UploadedFile from(HttpServletRequest request) throws IOException {
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException tooLarge) {
            throw new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, "The upload is larger than the gateway accepts (200 MiB).");
        } catch (ServletException notMultipart) {
            throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "Send the file as multipart/form-data in a part named \"file\".");
        }
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "The request has no part named \"file\" with a file name.");
        }
        String name = Path.of(file.getSubmittedFileName().replace('\\', '/')).getFileName().toString();
        Path copy = Files.createTempFile("maiagent-upload-", ".bin");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            file.delete();
        }
        return new UploadedFile(copy, name);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
