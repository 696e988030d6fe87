package com.maiagentgateway.api;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.Canvas;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.platform.Uuid;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies the API accepts, mirroring MaiAgent's where one exists. */
public final class ApiRequests {

    private ApiRequests() {
    }

    /** {@code {webChat}}: the web chat (a UUID) whose inbox gets the conversation. */
    public record NewConversation(@NotBlank(message = "is required") @Uuid String webChat) {
    }

    /**
     * A file already registered with MaiAgent, as messages and completions reference it: its id is
     * required (both completions pages and the /api/v1 messages page list it). {@code type} may be
     * {@code {}} as in MaiAgent's own examples (no type).
     */
    public record AttachmentInput(@NotBlank(message = "is required") @Uuid String id,
                                  @JsonbTypeDeserializer(AttachmentTypeDeserializer.class)
                                  @Pattern(regexp = "image|video|audio|sticker|other", message = "must be image, video, audio, sticker or other") String type,
                                  @NotBlank(message = "is required") @Size(max = 255) String filename,
                                  @NotBlank(message = "is required") @Size(max = 2048)
                                  @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http(s) address") String file) {
        Attachment toModel() {
            return new Attachment(id, type, filename, file, null);
        }
    }

    /**
     * {@code {content, attachments?, type?, contentPayload?, queryMetadata?, canvas?}} as MaiAgent's
     * message create takes it. Text is required: the /api/v1 page requires it (the /api page does
     * not), and the strictest reading is the one that works on both.
     */
    public record NewMessage(@NotBlank(message = "is required") @Size(max = 20_000, message = "must be at most 20000 characters") String content,
                             @Size(max = 10, message = "must have at most 10 entries") List<@Valid @NotNull AttachmentInput> attachments,
                             @Size(max = 50, message = "must be at most 50 characters") String type,
                             JsonObject contentPayload, JsonObject queryMetadata, @Valid CanvasInput canvas) {

        OutgoingMessage toModel() {
            return new OutgoingMessage(type, content, attachments == null ? List.of() : attachments.stream().map(AttachmentInput::toModel).toList(),
                    contentPayload, queryMetadata, canvas == null ? null : canvas.toModel());
        }
    }

    /** A document sent with a message; every member is required by MaiAgent. */
    public record CanvasInput(@NotBlank(message = "is required") @Size(max = 255) String name,
                              @NotBlank(message = "is required") @Size(max = 50) String canvasType,
                              @NotBlank(message = "is required") @Size(max = 255) String title,
                              @NotNull(message = "is required") @Size(max = 200_000) String content) {
        Canvas toModel() {
            return new Canvas(null, name, canvasType, title, content, null);
        }
    }
}
