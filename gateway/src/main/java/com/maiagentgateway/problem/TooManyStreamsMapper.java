package com.maiagentgateway.problem;

import com.maiagentgateway.model.TooManyStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A caller over its cap of open streams of a kind: 429, before the stream opens. */
@Provider
@ApplicationScoped
public class TooManyStreamsMapper implements ExceptionMapper<TooManyStreams> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TooManyStreams refused) {
        return Problem.of(429, "too-many-streams", refused.getMessage())
                .withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath()).response().build();
    }
}
