package com.maiagentgateway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the server where the console and the API are, and on a dev server how to sign in. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    @ConfigProperty(name = "maiagent.gateway.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "maiagent.dev.sign-in-hint")
    Optional<String> devSignInHint;

    @Inject
    MaiAgentSettings settings;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        String base = publicUrl.orElse("/maiagent").replaceAll("/+$", "");
        StringBuilder banner = new StringBuilder("MaiAgent Gateway is up.")
                .append("\n  Console:  ").append(base).append("/console/")
                .append("\n  API:      ").append(base).append("/api/v1/   (OpenAPI: /openapi/ui/)")
                .append("\n  OpenAI-compatible: ").append(base).append("/openai/v1/")
                .append("\n  Health:   /health/ready");
        banner.append("\n  MaiAgent: ").append(settings.baseUrl());
        devSignInHint.ifPresent(hint -> banner.append("\n  Dev sign-in: ").append(hint));
        LOG.info(banner.toString());
    }
}
