package com.maiagentgateway.problem;

import com.maiagentgateway.platform.Traces;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: the body of every error the gateway answers.
 * {@code type} is stable per kind of problem, so callers can branch on it; {@code detail}
 * is for people. Null members are left out of the JSON.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "retryAfter", "traceId"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors,
                      @Schema(description = "Seconds to wait before trying again, in a stream's error event (where no Retry-After header can say it)")
                      Long retryAfter,
                      @Schema(description = "The W3C trace id of the call that failed: the gateway's trace when tracing is on, "
                              + "else the one the caller's traceparent named. Quote it to the gateway's operators.")
                      String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:maiagent-gateway:problem:";

    /** One invalid input: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** A problem of the call this thread serves: it carries that call's trace id, where there is one. */
    public static Problem of(int status, String kind, String detail) {
        return new Problem(TYPE_PREFIX + kind, ProblemKinds.title(status), status, detail, null, null, null,
                Traces.currentTraceId().orElse(null));
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), retryAfter, traceId);
    }

    public Problem withInstance(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors, retryAfter, traceId);
    }

    /** For an event stream's error event, which has no headers: the wait a Retry-After header would give. */
    public Problem withRetryAfter(Long seconds) {
        return new Problem(type, title, status, detail, instance, errors, seconds, traceId);
    }

    /** The JAX-RS answer carrying this problem. */
    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
