package com.maiagentgateway.api;

import com.maiagentgateway.model.Attachment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies the API accepts, mirroring MaiAgent's where one exists. */
public final class ApiRequests {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String MUST_BE_UUID = "must be a UUID";

    private ApiRequests() {
    }

    /** {@code {webChat}}: the web chat (a UUID) whose inbox gets the conversation. */
    public record NewConversation(@NotBlank(message = "is required") @Pattern(regexp = UUID, message = MUST_BE_UUID) String webChat) {
    }

    /** A file already registered with MaiAgent, as messages and completions reference it. */
    public record AttachmentInput(@Pattern(regexp = UUID, message = MUST_BE_UUID) String id,
                                  @Pattern(regexp = "image|video|audio|sticker|other", message = "must be image, video, audio, sticker or other") String type,
                                  @NotBlank(message = "is required") @Size(max = 255) String filename,
                                  @NotBlank(message = "is required") @Size(max = 2048) String file) {
        Attachment toModel() {
            return new Attachment(id, type, filename, file, null);
        }
    }

    /** {@code {content, attachments?}}. */
    public record NewMessage(@NotBlank(message = "is required") @Size(max = 20_000, message = "must be at most 20000 characters") String content,
                             @Size(max = 10, message = "must have at most 10 entries") List<@Valid @NotNull AttachmentInput> attachments) {
        List<Attachment> attachmentModels() {
            return attachments == null ? List.of() : attachments.stream().map(AttachmentInput::toModel).toList();
        }
    }
}
