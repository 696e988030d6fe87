package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims: 500 with an incident id. The stack trace goes to the server
 * log under that id, never to the caller.
 */
@Provider
@ApplicationScoped
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    UnexpectedErrorMapper withUriInfo(UriInfo requestUri) {
        this.uriInfo = requestUri;
        return this;
    }

    @Override
    public Response toResponse(Throwable error) {
        String incident = UUID.randomUUID().toString();
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        Problem problem = Problem.of(500, "internal-error",
                "The gateway failed unexpectedly. The incident " + incident + " is in the server log.")
                .withInstance(path);
        // The log line names the trace as well, so an operator gets from either id to the other and to the spans.
        LOG.log(Level.SEVERE, "Incident " + incident + (problem.traceId() == null ? "" : " (trace " + problem.traceId() + ")")
                + " on " + path, error);
        return problem.response().build();
    }
}
