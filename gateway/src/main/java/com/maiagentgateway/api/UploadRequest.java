package com.maiagentgateway.api;

import com.maiagentgateway.model.RejectedUpload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * The file an upload request carries, in either of two forms. A multipart form's part named
 * {@code file}: its size is unknown until its end. Or the whole body as
 * {@code application/octet-stream}, named by {@code Content-Disposition: attachment; filename="…"},
 * its size declared by {@code Content-Length}: then it can go on to MaiAgent's storage in one pass.
 */
final class UploadRequest {

    /** The two forms, as the API's description says them. */
    static final String FORMS = "Either multipart/form-data with the file in a part named \"file\" (spooled by the gateway until its end, "
            + "since MaiAgent's storage needs the size first), or the file itself as application/octet-stream with "
            + "Content-Disposition: attachment; filename=\"…\" and a Content-Length: sent on to MaiAgent's storage as it arrives.";

    /** Reads a file: its name (without any client path), its bytes, and its size (-1: unknown). */
    interface FileReader<T> {
        T read(String filename, InputStream content, long size);
    }

    private UploadRequest() {
    }

    static <T> T read(HttpServletRequest request, FileReader<T> reader) throws IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return MultipartFilePart.read(request, (filename, content) -> reader.read(filename, content, -1));
        }
        String filename = filenameOf(request.getHeader("Content-Disposition"));
        long size = request.getContentLengthLong();
        try {
            if (size > MultipartFilePart.MAX_REQUEST_BYTES) {
                throw new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, "The upload is larger than the gateway accepts (200 MiB).");
            }
            try (InputStream content = request.getInputStream()) {
                return reader.read(filename, content, size);
            }
        } catch (RejectedUpload | UncheckedIOException refused) {
            RuntimeException answer = refused instanceof UncheckedIOException io ? MultipartFilePart.stalledOr(io.getCause()) : refused;
            if (!(answer instanceof RejectedUpload stalled && stalled.reason() == RejectedUpload.Reason.STALLED)) {
                // Read the rest, so the caller is answered rather than cut off mid-send.
                MultipartFilePart.drain(request);
            }
            throw answer;
        }
    }

    /** The file's name from {@code Content-Disposition}, parsed as a multipart part's is (RFC 2231's {@code filename*} too). */
    private static String filenameOf(String disposition) {
        String submitted = disposition == null ? null : new JakartaServletFileUpload<>().getFileName(
                new JakartaServletFileUpload<>().getParsedHeaders("Content-Disposition: " + disposition + "\r\n\r\n"));
        if (submitted == null || submitted.isBlank()) {
            throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "Name the file: send Content-Disposition: attachment; filename=\"…\" "
                    + "with an application/octet-stream body, or a multipart/form-data body with a part named \"file\".");
        }
        return MultipartFilePart.baseName(submitted);
    }
}
