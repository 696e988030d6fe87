package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class NotFoundInGatewayMapper implements ExceptionMapper<NotFoundInGatewayException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(NotFoundInGatewayException exception) {
        return Problem.of(404, ProblemKinds.kind(404), exception.getMessage())
                .withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath())
                .response().build();
    }
}
