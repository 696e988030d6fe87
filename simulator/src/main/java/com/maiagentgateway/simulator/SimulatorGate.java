package com.maiagentgateway.simulator;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every simulator request passes here first: it checks {@code Authorization: Api-Key} the way
 * MaiAgent's framework does (401 with a {@code detail}).
 */
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SimulatorGate implements ContainerRequestFilter {

    static final String MISSING = "Authentication credentials were not provided.";
    static final String INVALID = "Invalid API key.";

    @Inject
    @ConfigProperty(name = "maiagent.simulator.api-key")
    Optional<String> acceptedKey;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        if (authorization == null || !authorization.startsWith("Api-Key ")) {
            request.abortWith(unauthorized(MISSING));
            return;
        }
        String presented = authorization.substring("Api-Key ".length()).trim();
        if (acceptedKey.isEmpty() || !constantTimeEquals(acceptedKey.get(), presented)) {
            request.abortWith(unauthorized(INVALID));
        }
    }

    private static Response unauthorized(String detail) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", "Api-Key")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("detail", detail))
                .build();
    }

    /** Whether the request carries the accepted key: the fault filter honours a request's switches only then. */
    static boolean keyAccepted(String authorization) {
        if (authorization == null || !authorization.startsWith("Api-Key ")) {
            return false;
        }
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("maiagent.simulator.api-key", String.class)
                .filter(key -> constantTimeEquals(key, authorization.substring("Api-Key ".length()).trim())).isPresent();
    }

    static boolean constantTimeEquals(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
