package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** An open circuit breaker or a full bulkhead: 503 with a hint when to come back. */
@Provider
@ApplicationScoped
public class FaultToleranceMapper implements ExceptionMapper<FaultToleranceException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(FaultToleranceException failure) {
        UpstreamProblems.Answer answer = UpstreamProblems.of(failure);
        if (answer == null) {
            answer = new UpstreamProblems.Answer(Problem.of(503, "upstream-unavailable", "MaiAgent cannot be used right now."), null);
        }
        return UpstreamFailureMapper.response(answer, uriInfo);
    }
}
