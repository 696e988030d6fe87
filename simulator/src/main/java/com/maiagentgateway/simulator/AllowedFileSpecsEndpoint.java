package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET allowed-file-specs/}: MaiAgent's documented answer, in its snake_case shape, exactly
 * (the document attachment limit, 20 MB there, can be configured).
 */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/allowed-file-specs/")
public class AllowedFileSpecsEndpoint {

    private static final byte[] DOCUMENTED_ANSWER = load();
    private static final String DOCUMENT_LIMIT = "\"max_size\": 20971520";

    @Inject
    SimulatorSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] allowedFileSpecs() {
        return settings.documentAttachmentMaxBytes()
                .map(max -> new String(DOCUMENTED_ANSWER, StandardCharsets.UTF_8).replace(DOCUMENT_LIMIT, "\"max_size\": " + max)
                        .getBytes(StandardCharsets.UTF_8))
                .orElse(DOCUMENTED_ANSWER);
    }

    private static byte[] load() {
        try (InputStream in = AllowedFileSpecsEndpoint.class.getResourceAsStream("allowed-file-specs.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
