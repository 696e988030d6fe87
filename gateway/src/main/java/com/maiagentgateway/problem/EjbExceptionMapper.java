package com.maiagentgateway.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * EJBs wrap what their business methods throw; answer for the cause instead, so a validation
 * failure inside a service is still a 400 and a refused role is a 403.
 */
@Provider
@ApplicationScoped
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Context
    UriInfo uriInfo;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            Problem problem = Problem.of(403, ProblemKinds.kind(403), ProblemKinds.detail(403))
                    .withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
            return problem.response().build();
        }
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
        if (cause != null && cause != exception && !(cause instanceof EJBException && cause.getCause() == null)) {
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null) {
                return mapper.toResponse(cause);
            }
        }
        return new UnexpectedErrorMapper().withUriInfo(uriInfo).toResponse(exception);
    }
}
