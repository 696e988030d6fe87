package com.maiagentgateway.service;

import com.maiagentgateway.model.FileRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.tika.Tika;

/**
 * Whether a file may go to MaiAgent as an attachment, by MaiAgent's own allowed specs
 * ({@code attachment}/{@code file}): its extension must be allowed, its bytes must be what the
 * extension says (sniffed, not taken from the client), and it must fit the size limit.
 */
public final class AttachmentPolicy {

    static final String CATEGORY = "attachment";
    static final String FIELD = "file";
    private static final Tika SNIFFER = new Tika();

    /** The accepted file: its sniffed content type and the matching rule. */
    public record Verdict(String contentType, FileRule rule) {
    }

    private final List<FileRule> rules;

    public AttachmentPolicy(List<FileRule> allRules) {
        this.rules = allRules.stream().filter(r -> CATEGORY.equals(r.category()) && FIELD.equals(r.field())).toList();
    }

    public Verdict check(String filename, Path file) throws IOException {
        String extension = extension(filename);
        Optional<FileRule> rule = rules.stream()
                .filter(r -> r.contentTypes().isEmpty() || r.contentTypes().containsKey(extension)).findFirst();
        if (rule.isEmpty()) {
            throw new RejectedUpload(RejectedUpload.Reason.TYPE_NOT_ALLOWED, "Files of type " + (extension.isEmpty() ? "(none)" : extension)
                    + " are not accepted; allowed: " + String.join(", ", allowedExtensions()) + ".");
        }
        long size = Files.size(file);
        String sniffed;
        try (InputStream in = Files.newInputStream(file)) {
            sniffed = SNIFFER.detect(in, filename);
        }
        String expected = rule.get().contentTypes().get(extension);
        if (expected != null && !matches(expected, sniffed)) {
            throw new RejectedUpload(RejectedUpload.Reason.CONTENT_MISMATCH, "The file is named " + extension
                    + " but its content is " + sniffed + ".");
        }
        if (size > rule.get().maxSize()) {
            throw new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, "The file has " + size + " bytes; " + extension
                    + " files may have at most " + rule.get().maxSize() + ".");
        }
        return new Verdict(expected != null ? expected : sniffed, rule.get());
    }

    /** Text files carry no magic; Tika names plain text by a few more specific types too. */
    private static boolean matches(String expected, String sniffed) {
        return expected.equalsIgnoreCase(sniffed)
                || (expected.equals("text/plain") && sniffed.startsWith("text/"))
                || (expected.equals("application/msword") && sniffed.equals("application/x-tika-msoffice"))
                || (expected.startsWith("application/vnd.openxmlformats") && sniffed.equals("application/x-tika-ooxml"));
    }

    public List<String> allowedExtensions() {
        TreeSet<String> all = new TreeSet<>();
        rules.forEach(r -> all.addAll(r.contentTypes().keySet()));
        return List.copyOf(all);
    }

    static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** MaiAgent's attachment type for a content type. */
    static String attachmentType(String contentType) {
        if (contentType.startsWith("image/")) {
            return "image";
        }
        if (contentType.startsWith("audio/")) {
            return "audio";
        }
        if (contentType.startsWith("video/")) {
            return "video";
        }
        return "other";
    }
}
