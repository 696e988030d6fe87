package com.maiagentgateway.console;

import com.maiagentgateway.platform.ByteSizes;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.service.AttachmentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * Files added to the message being written: each is uploaded into the conversation at once (checked against
 * MaiAgent's specs, whose limits the composer shows before a file is chosen) and goes with the next message sent.
 */
@Named
@ViewScoped
public class ComposerAttachments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentService attachments;

    private final List<Attachment> pending = new ArrayList<>();
    private String limits;

    /** One file from the composer's upload widget; the conversation is the widget's {@code conversation} attribute. */
    public void upload(FileUploadEvent event) {
        Attachment stored = ConsoleUploads.store(attachments, (String) event.getComponent().getAttributes().get("conversation"),
                event.getFile(), event.getComponent().getClientId());
        if (stored != null) {
            pending.add(stored);
        }
    }

    public void remove(String attachmentId) {
        pending.removeIf(a -> a.id().equals(attachmentId));
    }

    /** After a message went with the files: the composer starts empty again (on a failed send they stay). */
    void clear() {
        pending.clear();
    }

    public List<Attachment> getPending() {
        return pending;
    }

    /** MaiAgent's limits in a line ("jpg, png: up to 10 MB · pdf: up to 20 MB"), read once per view. */
    public String getLimits() {
        if (limits == null) {
            try {
                limits = describe(attachments.attachmentRules());
            } catch (RuntimeException unavailable) {
                limits = ConsoleText.get("composer.limitsUnknown");
            }
        }
        return limits;
    }

    static String describe(List<FileRule> rules) {
        Map<Long, TreeSet<String>> bySize = new TreeMap<>();
        for (FileRule rule : rules) {
            bySize.computeIfAbsent(rule.maxSize(), s -> new TreeSet<>()).addAll(rule.contentTypes().keySet());
        }
        return bySize.entrySet().stream()
                .map(e -> ConsoleText.get("composer.limit", String.join(", ", e.getValue()), ByteSizes.megabytes(e.getKey())))
                .collect(Collectors.joining(" · "));
    }
}
