package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidInputException exception) {
        Problem problem = Problem.of(400, "invalid-input", "Invalid input: " + exception.getMessage() + ".")
                .withErrors(exception.errors())
                .withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
        return problem.response().build();
    }
}
