package com.maiagentgateway.service;

import com.maiagentgateway.platform.ByteSizes;
import com.maiagentgateway.model.RejectedUpload;
import com.maiagentgateway.model.FileRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.io.input.BoundedInputStream;
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

    private final List<FileRule> rules;

    public AttachmentPolicy(List<FileRule> allRules) {
        this.rules = allRules.stream().filter(r -> CATEGORY.equals(r.category()) && FIELD.equals(r.field())).toList();
    }

    /** The rule for a file, by its name alone: checked before any of its bytes are read. */
    public FileRule ruleFor(String filename) {
        String extension = extension(filename);
        return rules.stream()
                .filter(r -> r.contentTypes().isEmpty() || r.contentTypes().containsKey(extension)).findFirst()
                .orElseThrow(() -> {
                    String type = extension.isEmpty() ? "(none)" : extension;
                    String allowed = String.join(", ", allowedExtensions());
                    return new RejectedUpload(RejectedUpload.Reason.TYPE_NOT_ALLOWED, "Files of type " + type
                            + " are not accepted; allowed: " + allowed + ".", List.of(type, allowed));
                });
    }

    /**
     * Copies the content to {@code file}, refusing it as soon as it passes the rule's size limit
     * (no more than one byte over is read).
     */
    public long receive(String filename, FileRule rule, InputStream content, Path file) throws IOException {
        long copied;
        try (InputStream bounded = BoundedInputStream.builder().setInputStream(content).setMaxCount(rule.maxSize() + 1)
                .setPropagateClose(false).get()) {
            copied = Files.copy(bounded, file, StandardCopyOption.REPLACE_EXISTING);
        }
        checkSize(filename, rule, copied);
        return copied;
    }

    /** Refuses a size the rule does not allow: said before any byte is read when the caller declared it. */
    public void checkSize(String filename, FileRule rule, long size) {
        if (size == 0) {
            // Nothing to sniff: a name alone would pass for its type.
            throw new RejectedUpload(RejectedUpload.Reason.NO_FILE, "The file is empty.");
        }
        if (size > rule.maxSize()) {
            String most = ByteSizes.megabytes(rule.maxSize());
            throw new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, "The file is larger than " + most + " MB, the most MaiAgent takes for "
                    + extension(filename) + " files (" + rule.maxSize() + " bytes).", List.of(most, extension(filename)));
        }
    }

    /** The content type of a received file, refused when its bytes are not what its name says. */
    public String contentTypeOf(String filename, FileRule rule, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return checkedType(filename, rule, SNIFFER.detect(in, filename));
        }
    }

    /**
     * The content type of a file still arriving, from its first bytes: the stream must support
     * mark, and is reset to its start, so nothing sniffed is lost to whoever reads it next.
     */
    public String contentTypeOfFirstBytes(String filename, FileRule rule, InputStream arriving) throws IOException {
        if (!arriving.markSupported()) {
            throw new IllegalArgumentException("sniffing a stream needs mark and reset");
        }
        return checkedType(filename, rule, SNIFFER.detect(arriving, filename));
    }

    private String checkedType(String filename, FileRule rule, String sniffed) {
        String expected = rule.contentTypes().get(extension(filename));
        if (expected != null && !matches(expected, sniffed)) {
            throw new RejectedUpload(RejectedUpload.Reason.CONTENT_MISMATCH, "The file is named " + extension(filename)
                    + " but its content is " + sniffed + ".", List.of(extension(filename), sniffed));
        }
        return expected != null ? expected : sniffed;
    }

    /** Text files carry no magic; Tika names plain text by a few more specific types too. */
    private static boolean matches(String expected, String sniffed) {
        return expected.equalsIgnoreCase(sniffed)
                || (expected.equals("text/plain") && sniffed.startsWith("text/"))
                || (expected.equals("application/msword") && sniffed.equals("application/x-tika-msoffice"))
                || (expected.startsWith("application/vnd.openxmlformats") && sniffed.equals("application/x-tika-ooxml"));
    }

    /** The rules for message attachments (MaiAgent's specs for other purposes left out). */
    public List<FileRule> rules() {
        return rules;
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
