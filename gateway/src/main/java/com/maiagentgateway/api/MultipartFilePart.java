package com.maiagentgateway.api;

import com.maiagentgateway.model.RejectedUpload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
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
                String submittedName = submittedName(part);
                if (!part.isFormField() && "file".equals(part.getFieldName()) && submittedName != null && !submittedName.isBlank()) {
                    try (InputStream content = part.getInputStream()) {
                        return reader.apply(baseName(submittedName), content);
                    } catch (RejectedUpload | UncheckedIOException refused) {
                        RuntimeException answer = unwrap(refused);
                        if (!(answer instanceof RejectedUpload stalled && stalled.reason() == RejectedUpload.Reason.STALLED)) {
                            // Read the rest, so the caller is answered rather than cut off mid-send.
                            drain(request);
                        }
                        throw answer;
                    }
                }
            }
        } catch (FileUploadSizeException tooLarge) {
            drain(request);
            throw tooLarge(tooLarge);
        } catch (FileUploadException unreadable) {
            throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "The body is not readable multipart/form-data.");
        } catch (IOException failed) {
            // Stalled while the parts' headers were read, before the file was handed on.
            throw stalledOr(failed);
        }
        throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "The request has no part named \"file\" with a file name.");
    }

    /** A failure to read the part, said as what the caller did: too much, not multipart to its end, or stopped sending. */
    private static RuntimeException unwrap(RuntimeException failure) {
        if (!(failure instanceof UncheckedIOException io)) {
            return failure;
        }
        if (io.getCause() instanceof FileUploadSizeException tooLarge) {
            return tooLarge(tooLarge);
        }
        if (io.getCause() instanceof FileUploadException malformed) {
            return new RejectedUpload(RejectedUpload.Reason.MALFORMED,
                    "The body is not multipart/form-data to its end (" + malformed.getMessage() + "): the file was not stored.");
        }
        RuntimeException stalled = stalledOr(io.getCause());
        return stalled instanceof RejectedUpload ? stalled : failure;
    }

    /** A read that timed out (the caller stopped sending) as a 408; any other failure as it is. */
    static RuntimeException stalledOr(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return new RejectedUpload(RejectedUpload.Reason.STALLED, "The upload stopped arriving before its end: the file was not stored.");
            }
        }
        return new UncheckedIOException(failure);
    }

    /** Too large: the whole request, or (another limit of the parser's) a part's headers, which hold the file name. */
    private static RejectedUpload tooLarge(FileUploadSizeException exceeded) {
        if (exceeded.getPermitted() != MAX_REQUEST_BYTES) {
            return new RejectedUpload(RejectedUpload.Reason.BAD_NAME,
                    "The part's headers are too long: a file name may have at most " + MAX_NAME_LENGTH + " characters.");
        }
        return new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, "The upload is larger than the gateway accepts (200 MiB).");
    }

    /** The part's file name as sent; the parser refuses some (a NUL) outright: the caller is told why. */
    private static String submittedName(FileItemInput part) {
        try {
            return part.getName();
        } catch (java.nio.file.InvalidPathException unusable) {
            throw new RejectedUpload(RejectedUpload.Reason.BAD_NAME, "The file name holds control or text-direction characters.");
        }
    }

    static void drain(HttpServletRequest request) {
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

    /** The longest file name kept (MaiAgent's, and most file systems', limit). */
    static final int MAX_NAME_LENGTH = 255;

    /**
     * The name without any client path; refused when it could not be shown or stored as it is:
     * control characters (NUL, CR, LF...), direction overrides that disguise an extension, too long.
     */
    static String baseName(String submitted) {
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw new RejectedUpload(RejectedUpload.Reason.BAD_NAME, "The file has no usable name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RejectedUpload(RejectedUpload.Reason.BAD_NAME, "A file name may have at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))) {
            throw new RejectedUpload(RejectedUpload.Reason.BAD_NAME, "The file name holds control or text-direction characters.");
        }
        return name;
    }
}
