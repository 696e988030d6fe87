package com.maiagentgateway.console;

import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.service.AttachmentService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** A conversation's attachments: listed with image previews, and uploaded (checked against MaiAgent's specs). */
@Named
@ViewScoped
public class AttachmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentService attachments;

    private String id;
    private List<Attachment> listed = List.of();

    /** Lists the attachments of the conversation named by the {@code id} view parameter (on the GET only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!Uuid.Validator.isUuid(id)) {
            PageMessages.error(ConsoleText.get("conversation.noSuch"));
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            listed = attachments.ofConversation(id);
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("attachments.notListed"), failure);
        }
    }

    /** One file from the upload widget: checked and stored by the same service the API uses. */
    public void upload(FileUploadEvent event) {
        Attachment stored = ConsoleUploads.store(attachments, id, event.getFile(), null);
        if (stored != null) {
            PageMessages.info(ConsoleText.get("attachments.uploaded", stored.filename()));
            refresh();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<Attachment> getListed() {
        return listed;
    }
}
