package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The statuses JAX-RS itself raises (no such path, wrong method, wrong media type, unreadable
 * body, role refused) as problems. The framework's own messages are not passed on: they name
 * internal classes; the detail says what the caller can do instead.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getEntity() instanceof Problem problem) {
            // Already said in the gateway's words (a refused request body); only the instance is added.
            return problem.withInstance(path()).response().build();
        }
        int status = original.getStatus();
        String detail = ProblemKinds.detail(status);
        if (status == 400 && (findCause(exception, JsonbException.class) != null
                || findCause(exception, JsonException.class) != null)) {
            // The parser's own words name Java types and classes: the caller gets the gateway's.
            detail = "The request body is not what this operation takes: a member has the wrong type or form.";
        }
        if (status == 404 && isUnconvertibleParameter(exception)) {
            // JAX-RS answers 404 when a query parameter cannot be converted; the path exists, the input is wrong.
            status = 400;
            detail = "A query parameter has the wrong form (for example text where a number is expected).";
        }
        Problem problem = Problem.of(status, ProblemKinds.kind(status), detail).withInstance(path());
        Response.ResponseBuilder answer = problem.response();
        // Keep what tells the caller how to proceed: Allow on 405, the challenge on 401, Retry-After.
        for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        return answer.build();
    }

    /** A 404 raised while converting a parameter of a resource method that did match. */
    private boolean isUnconvertibleParameter(WebApplicationException exception) {
        return exception.getCause() != null && uriInfo != null && !uriInfo.getMatchedResources().isEmpty();
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }

    static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
