package com.maiagentgateway.api;

import jakarta.ws.rs.core.Response;

/** Builds the JAX-RS response for a problem. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response.ResponseBuilder of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
