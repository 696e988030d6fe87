package com.maiagentgateway.problem;

import com.maiagentgateway.model.RejectedUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An upload that may not go to MaiAgent: 415 for its type or content, 413 for its size, 400 for no file or a body that
 * is not multipart to its end, 408 for a body that stopped coming.
 */
@Provider
@ApplicationScoped
public class RejectedUploadMapper implements ExceptionMapper<RejectedUpload> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RejectedUpload rejected) {
        Problem problem = switch (rejected.reason()) {
            case TYPE_NOT_ALLOWED, CONTENT_MISMATCH -> Problem.of(415, "file-type-not-allowed", rejected.getMessage());
            case TOO_LARGE -> Problem.of(413, "file-too-large", rejected.getMessage());
            case NO_FILE -> Problem.of(400, "no-file", rejected.getMessage());
            case BAD_NAME -> Problem.of(400, "invalid-input", rejected.getMessage());
            case MALFORMED -> Problem.of(400, "bad-request", rejected.getMessage());
            case STALLED -> Problem.of(408, "request-timeout", rejected.getMessage());
        };
        return (problem.withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath())).response().build();
    }
}
