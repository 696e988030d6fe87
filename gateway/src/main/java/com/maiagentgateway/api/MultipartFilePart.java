package com.maiagentgateway.api;

import com.maiagentgateway.service.RejectedUpload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * The part named {@code file} of a multipart request, handed on as a stream while it is read
 * from the socket: the container never spools it, so its reader decides (by name, then by size
 * as the bytes come) whether to keep it.
 */
final class MultipartFilePart {

    /** Nothing larger is read at all, whatever MaiAgent's specs allow. */
    static final long MAX_REQUEST_BYTES = 200L * 1024 * 1024 + 64 * 1024;

    private MultipartFilePart() {
    }

    /** Gives the file's name (without any client path) and content to {@code reader}, and returns its answer. */
    static <T> T read(HttpServletRequest request, BiFunction<String, InputStream, T> reader) throws IOException {
        JakartaServletFileUpload<?, ?> multipart = new JakartaServletFileUpload<>();
        multipart.setSizeMax(MAX_REQUEST_BYTES);
        try {
            FileItemInputIterator parts = multipart.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (!part.isFormField() && "file".equals(part.getFieldName()) && part.getName() != null && !part.getName().isBlank()) {
                    try (InputStream content = part.getInputStream()) {
                        return reader.apply(baseName(part.getName()), content);
                    } catch (RejectedUpload | UncheckedIOException refused) {
                        // Read the rest, so the caller is answered rather than cut off mid-send.
                        drain(request);
                        throw unwrap(refused);
                    }
                }
            }
        } catch (FileUploadSizeException tooLarge) {
            drain(request);
            throw tooLarge();
        } catch (FileUploadException unreadable) {
            throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "The body is not readable multipart/form-data.");
        }
        throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "The request has no part named \"file\" with a file name.");
    }

    private static RuntimeException unwrap(RuntimeException failure) {
        if (failure instanceof UncheckedIOException io && io.getCause() instanceof FileUploadSizeException) {
            return tooLarge();
        }
        return failure;
    }

    private static RejectedUpload tooLarge() {
        return new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, "The upload is larger than the gateway accepts (200 MiB).");
    }

    private static void drain(HttpServletRequest request) {
        try {
            InputStream rest = request.getInputStream();
            byte[] discard = new byte[64 * 1024];
            long left = MAX_REQUEST_BYTES;
            for (int n; left > 0 && (n = rest.read(discard, 0, (int) Math.min(discard.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException gone) {
            // the caller has stopped sending; there is no one left to answer
        }
    }

    static String baseName(String submitted) {
        Path name = Path.of(submitted.replace('\\', '/')).getFileName();
        return name == null ? submitted : name.toString();
    }
}
