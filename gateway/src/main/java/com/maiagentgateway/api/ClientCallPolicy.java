package com.maiagentgateway.api;

import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.security.ClientApplicationRequest;
import com.maiagentgateway.security.ClientIdentity;
import com.maiagentgateway.service.Quotas;
import com.maiagentgateway.service.UsageCall;
import com.maiagentgateway.service.UsageMeter;
import com.maiagentgateway.model.ApiOperation;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every API call, once matched to its resource method: a client application's scope (operations and
 * chatbots: 403) and quotas (429 with {@code Retry-After}; the {@code RateLimit} fields on every answer),
 * and the usage of every caller, application or registry user: a call is finished here when its answer goes
 * out, an event stream's by the stream itself when it ends ({@link MeteredStream}).
 */
@Priority(Priorities.AUTHORIZATION + 100)
@Provider
@ApplicationScoped
public class ClientCallPolicy implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String CALL = ClientCallPolicy.class.getName() + ".call";
    private static final String STANDING = ClientCallPolicy.class.getName() + ".standing";
    private static final String REFUSED = ClientCallPolicy.class.getName() + ".refused";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Quotas quotas;

    @Inject
    UsageMeter usage;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        CallKind kind = kindOf(method, resource.getResourceClass());
        ApiOperation operation = kind.value();
        // Only an id that can be one is counted under its name: a malformed one is refused (400) and must not become a
        // usage key the database cannot hold (the flush kept failing on a 2,000-character "chatbot" from a probe).
        String named = request.getUriInfo().getPathParameters().getFirst("chatbotId");
        String chatbot = Uuid.Validator.isUuid(named) ? named : null;
        ClientIdentity application = ClientIdentity.of(servletRequest);
        String caller = application != null ? application.name() : "user:" + request.getSecurityContext().getUserPrincipal().getName();
        UsageCall call = usage.start(caller, operation, chatbot);
        request.setProperty(CALL, call);
        servletRequest.setAttribute(CALL, call);
        if (application == null) {
            startCompletion(call, operation, request);
            return;
        }
        if (operation == ApiOperation.ADMIN || !grants(application, kind)) {
            refuse(request, Problem.of(403, "operation-not-allowed", "The application " + application.name() + " may not use "
                    + operation.name().toLowerCase() + " calls: an administrator grants operations."));
            return;
        }
        if (chatbot != null && !application.allowsChatbot(chatbot)) {
            refuse(request, Problem.of(403, "chatbot-not-allowed", "The application " + application.name()
                    + " may not use chatbot " + chatbot + ": an administrator grants chatbots."));
            return;
        }
        Quotas.Standing standing = quotas.take(application, operation);
        request.setProperty(STANDING, standing);
        if (standing.refused()) {
            request.setProperty(REFUSED, Boolean.TRUE);
            request.abortWith(Problem.of(429, "quota-exhausted", "The application " + application.name() + " has used its "
                            + standing.exhaustedPolicies() + "; try again in " + standing.retryAfterSeconds() + " s.")
                    .response().header("Retry-After", standing.retryAfterSeconds()).build());
            return;
        }
        startCompletion(call, operation, request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STANDING) instanceof Quotas.Standing standing && standing.policyField() != null) {
            response.getHeaders().putSingle("RateLimit-Policy", standing.policyField());
            response.getHeaders().putSingle("RateLimit", standing.rateLimitField());
        }
        if (!(request.getProperty(CALL) instanceof UsageCall call)) {
            return;
        }
        boolean refused = request.getProperty(REFUSED) != null;
        if (!refused && MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(response.getMediaType()) && response.getStatus() == 200) {
            return; // the stream finishes its call when it ends
        }
        int status = response.getStatus();
        ClientIdentity application = ClientIdentity.of(servletRequest);
        long uploaded = call.operation() == ApiOperation.UPLOADS ? uploadedBytes(application) : 0;
        if (application != null && uploaded > 0) {
            quotas.addUploadBytes(application, uploaded);
        }
        call.finish(refused, isUpstreamFailure(status), uploaded);
    }

    /** Where the call stands in its application's quotas, or null (a registry user's call, or one refused before). */
    public static Quotas.Standing standingOf(ContainerRequestContext request) {
        return request.getProperty(STANDING) instanceof Quotas.Standing standing ? standing : null;
    }

    /** The call a streamed answer finishes (first event, end), or null when the call is not metered. */
    public static UsageCall meteredCall(HttpServletRequest request) {
        return request == null ? null : (UsageCall) request.getAttribute(CALL);
    }

    static ApiOperation operationOf(Method method, Class<?> resourceClass) {
        return kindOf(method, resourceClass).value();
    }

    private static boolean grants(ClientIdentity application, CallKind kind) {
        return application.operations().contains(kind.value())
                || Arrays.stream(kind.grantedBy()).anyMatch(application.operations()::contains);
    }

    static CallKind kindOf(Method method, Class<?> resourceClass) {
        CallKind kind = method.getAnnotation(CallKind.class);
        if (kind == null) {
            kind = method.getDeclaringClass().getAnnotation(CallKind.class);
        }
        if (kind == null && resourceClass != null) {
            kind = resourceClass.getAnnotation(CallKind.class);
        }
        if (kind == null) {
            throw new IllegalStateException(method + " has no @CallKind");
        }
        return kind;
    }

    private void refuse(ContainerRequestContext request, Problem problem) {
        request.setProperty(REFUSED, Boolean.TRUE);
        request.abortWith(problem.response().build());
    }

    private static void startCompletion(UsageCall call, ApiOperation operation, ContainerRequestContext request) {
        if (operation == ApiOperation.COMPLETIONS) {
            call.completionStarted(request.getAcceptableMediaTypes().stream()
                    .anyMatch(type -> type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE) && !type.isWildcardType()));
        }
    }

    private long uploadedBytes(ClientIdentity application) {
        Object counted = servletRequest.getAttribute(ClientApplicationRequest.BODY_BYTES_ATTRIBUTE);
        if (counted instanceof AtomicLong bytes) {
            return bytes.get();
        }
        long declared = servletRequest.getContentLengthLong();
        return declared > 0 && application == null ? declared : 0;
    }

    /** MaiAgent failed, was unreachable, or its breaker is open: the gateway's 502, 503 and 504. */
    static boolean isUpstreamFailure(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
