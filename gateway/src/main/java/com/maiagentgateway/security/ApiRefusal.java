package com.maiagentgateway.security;

import com.maiagentgateway.problem.Problem;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;

/**
 * Why the authentication mechanism left an API call unauthenticated, for {@link ApiAuthenticationFilter}
 * to answer as a problem: the mechanism decides, the filter writes (a container answers a mechanism's own
 * failure with its own page, not the API's problem+json).
 */
record ApiRefusal(Problem problem, Long retryAfterSeconds, boolean challenge) {

    static final String ATTRIBUTE = ApiRefusal.class.getName();

    static ApiRefusal unauthenticated(String detail) {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", detail), null, true);
    }

    static ApiRefusal keyInQuery() {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "key-in-query",
                "An API key in the address is not accepted: send it as Authorization: Bearer <key>,"
                        + " and revoke this key, which has been exposed."), null, true);
    }

    static ApiRefusal keyRevoked(String prefix) {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "key-revoked",
                "This API key (" + prefix + ") was revoked: use the application's current key."), null, true);
    }

    static ApiRefusal keyExpired(String prefix, Instant at) {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "key-expired",
                "This API key (" + prefix + ") expired at " + at + ": use the application's current key, or ask a gateway "
                        + "administrator for a new one."), null, true);
    }

    static ApiRefusal suspended(String application) {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_FORBIDDEN, "application-suspended",
                "The application " + application + " is suspended: ask a gateway administrator."), null, false);
    }

    static ApiRefusal keysUnavailable() {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "keys-unavailable",
                "API keys cannot be checked now: the gateway's database does not answer."), 5L, false);
    }

    static ApiRefusal cookieNotAccepted() {
        return new ApiRefusal(Problem.of(HttpServletResponse.SC_FORBIDDEN, "cookie-not-accepted",
                "The API does not take the console's sign-in cookie: authenticate each call (an API key, or HTTP Basic)."), null, false);
    }

    static ApiRefusal throttled(long retryAfterSeconds) {
        return new ApiRefusal(Problem.of(429, "too-many-sign-ins",
                "Too many failed sign-ins for this account from this address; try again in " + retryAfterSeconds + " seconds."),
                retryAfterSeconds, false);
    }

    /** Leaves the call unauthenticated with this reason, for the filter to answer. */
    static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, ApiRefusal refusal) {
        request.setAttribute(ATTRIBUTE, refusal);
        return context.doNothing();
    }
}
