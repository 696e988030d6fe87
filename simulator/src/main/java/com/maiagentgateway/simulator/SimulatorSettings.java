package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the simulator behaves: {@code maiagent.simulator.<name>} from MicroProfile Config, each with a
 * default fit for the dev server and the tests. Tests may override a name for a while through
 * {@code PUT control/settings/} (the simulator is its own application, so the gateway's config
 * does not reach it) and drop the overrides with {@code DELETE control/settings/}.
 */
@ApplicationScoped
public class SimulatorSettings {

    static final String PREFIX = "maiagent.simulator.";

    /** The names an override may set, with their defaults. */
    static final Map<String, String> DEFAULTS = Map.of(
            "stream-delay-ms", "40",
            "webhook-url", "",
            "webhook.reply-delay-ms", "300",
            "webhook.retry-base-ms", "500",
            "webhook.max-attempts", "6",
            // Share of webhook deliveries sent twice, as the real service now and then does.
            "webhook.duplicate-rate", "0.05",
            "storage.max-bytes", "1073741824",
            // Replaces the documented 20 MB limit of document attachments: MaiAgent's limits vary by plan.
            "attachment.document-max-bytes", "");

    private final Map<String, String> overrides = new ConcurrentHashMap<>();

    /** Sets overrides; an unknown name is refused whole, before anything is set. */
    void override(Map<String, String> values) {
        Set<String> unknown = new java.util.TreeSet<>(values.keySet());
        unknown.removeAll(DEFAULTS.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown settings " + unknown + "; known: " + new java.util.TreeSet<>(DEFAULTS.keySet()));
        }
        overrides.putAll(values);
    }

    void clearOverrides() {
        overrides.clear();
    }

    Map<String, String> current() {
        Map<String, String> all = new java.util.TreeMap<>();
        DEFAULTS.keySet().forEach(name -> all.put(name, value(name)));
        return all;
    }

    private String value(String name) {
        String override = overrides.get(name);
        if (override != null) {
            return override;
        }
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(PREFIX + name, String.class).orElse(DEFAULTS.getOrDefault(name, ""));
    }

    Optional<Long> documentAttachmentMaxBytes() {
        String value = value("attachment.document-max-bytes");
        return value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    long streamDelayMillis() {
        return Long.parseLong(value("stream-delay-ms"));
    }

    Optional<String> webhookUrl() {
        return Optional.of(value("webhook-url")).filter(url -> !url.isBlank());
    }

    long webhookReplyDelayMillis() {
        return Long.parseLong(value("webhook.reply-delay-ms"));
    }

    long webhookRetryBaseMillis() {
        return Long.parseLong(value("webhook.retry-base-ms"));
    }

    int webhookMaxAttempts() {
        return Integer.parseInt(value("webhook.max-attempts"));
    }

    double webhookDuplicateRate() {
        return Double.parseDouble(value("webhook.duplicate-rate"));
    }

    long storageMaxBytes() {
        return Long.parseLong(value("storage.max-bytes"));
    }

    /** Signs the presigned upload policies, as S3 signs them with the bucket owner's secret; not overridable. */
    String storageSigningSecret() {
        return ConfigProvider.getConfig().getOptionalValue(PREFIX + "storage.signing-secret", String.class)
                .orElse("simulator-storage-secret");
    }
}
