package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the simulator behaves; every value has a default fit for the dev server and the tests. */
@ApplicationScoped
public class SimulatorSettings {

    @Inject
    @ConfigProperty(name = "maiagent.simulator.stream-delay-ms", defaultValue = "40")
    long streamDelayMillis;

    @Inject
    @ConfigProperty(name = "maiagent.simulator.webhook-url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "maiagent.simulator.webhook.reply-delay-ms", defaultValue = "300")
    long webhookReplyDelayMillis;

    @Inject
    @ConfigProperty(name = "maiagent.simulator.webhook.retry-base-ms", defaultValue = "500")
    long webhookRetryBaseMillis;

    @Inject
    @ConfigProperty(name = "maiagent.simulator.webhook.max-attempts", defaultValue = "6")
    int webhookMaxAttempts;

    /** Share of webhook deliveries sent twice, as the real service now and then does. */
    @Inject
    @ConfigProperty(name = "maiagent.simulator.webhook.duplicate-rate", defaultValue = "0.05")
    double webhookDuplicateRate;

    @Inject
    @ConfigProperty(name = "maiagent.simulator.storage.max-bytes", defaultValue = "1073741824")
    long storageMaxBytes;

    /**
     * Replaces the documented 20 MB limit of document attachments in {@code allowed-file-specs/}:
     * MaiAgent's limits vary by plan, and the gateway must follow whatever it is told.
     */
    @Inject
    @ConfigProperty(name = "maiagent.simulator.attachment.document-max-bytes")
    Optional<Long> documentAttachmentMaxBytes;

    /** Signs the presigned upload policies, as S3 signs them with the bucket owner's secret. */
    @Inject
    @ConfigProperty(name = "maiagent.simulator.storage.signing-secret", defaultValue = "simulator-storage-secret")
    String storageSigningSecret;

    Optional<Long> documentAttachmentMaxBytes() {
        return documentAttachmentMaxBytes;
    }

    long streamDelayMillis() {
        return streamDelayMillis;
    }

    Optional<String> webhookUrl() {
        return webhookUrl.filter(url -> !url.isBlank());
    }

    long webhookReplyDelayMillis() {
        return webhookReplyDelayMillis;
    }

    long webhookRetryBaseMillis() {
        return webhookRetryBaseMillis;
    }

    int webhookMaxAttempts() {
        return webhookMaxAttempts;
    }

    double webhookDuplicateRate() {
        return webhookDuplicateRate;
    }

    long storageMaxBytes() {
        return storageMaxBytes;
    }

    String storageSigningSecret() {
        return storageSigningSecret;
    }
}
