package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET allowed-file-specs/}: MaiAgent's documented answer, in its snake_case shape, exactly. */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/allowed-file-specs/")
public class AllowedFileSpecsResource {

    private static final byte[] DOCUMENTED_ANSWER = load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] allowedFileSpecs() {
        return DOCUMENTED_ANSWER;
    }

    private static byte[] load() {
        try (InputStream in = AllowedFileSpecsResource.class.getResourceAsStream("allowed-file-specs.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
