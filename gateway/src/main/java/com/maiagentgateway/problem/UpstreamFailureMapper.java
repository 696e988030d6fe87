package com.maiagentgateway.problem;

import com.maiagentgateway.upstream.UpstreamException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** MaiAgent's failures as problems (see {@link UpstreamProblems}), with Retry-After passed on. */
@Provider
@ApplicationScoped
public class UpstreamFailureMapper implements ExceptionMapper<UpstreamException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UpstreamException failure) {
        return UpstreamFailureMapper.response(UpstreamProblems.of(failure), uriInfo);
    }

    static Response response(UpstreamProblems.Answer answer, UriInfo uriInfo) {
        Response.ResponseBuilder response = (answer.problem()
                .withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath())).response();
        if (answer.retryAfterSeconds() != null) {
            response.header("Retry-After", answer.retryAfterSeconds());
        }
        return response.build();
    }
}
