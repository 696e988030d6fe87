package com.maiagentgateway.security;

import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.ProblemWriter;
import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.store.AuditEntry.Outcome;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates API calls: a client application's key ({@code Authorization: Bearer mgw_…}, checked in
 * this node's {@link ClientKeyDirectory}), or HTTP Basic against the server's own user registry.
 * A WAR has a single login-config, and the console's is FORM; this filter gives the API
 * Basic through the portable {@link HttpServletRequest#login} instead. A caller the server
 * has already authenticated per request (JWT, OIDC bearer, client certificate) passes straight
 * through; one it recognised by the console's cookie is refused (cross-site request forgery).
 * Authorization is left to {@code @RolesAllowed} on the resources.
 */
@WebFilter(filterName = "ApiAuthenticationFilter", urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

    static final String CHALLENGE = "Basic realm=\"MaiAgent Gateway\", charset=\"UTF-8\"";
    static final String KEY_CHALLENGE = "Bearer realm=\"MaiAgent Gateway\"";

    /** The audit action of API sign-ins that fail or are refused (successes are every call: not audited). */
    static final String AUDIT_ACTION = "api.sign-in";

    @Inject
    ProblemWriter problems;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ClientKeyDirectory keys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ApiKeys.looksLikeKey(request.getQueryString())) {
            // Addresses end up in logs, proxies and browser histories: a key there is refused, never tried.
            refuse(response, "key-in-query", "An API key in the address is not accepted: send it as Authorization: Bearer <key>,"
                    + " and revoke this key, which has been exposed.");
            return;
        }
        String bearer = bearerToken(request.getHeader("Authorization"));
        if (bearer != null && ApiKeys.looksLikeKey(bearer)) {
            // One of the gateway's keys: it alone says who calls, whatever cookie came along.
            authenticateWithKey(bearer, request, response, chain);
            return;
        }
        if (request.getUserPrincipal() != null) {
            if (signedInByCookie(request)) {
                // A page on another site can make a signed-in admin's browser send this: the API never takes the console's sign-in.
                problems.write(response, Problem.of(HttpServletResponse.SC_FORBIDDEN, "cookie-not-accepted",
                        "The API does not take the console's sign-in cookie: authenticate each call (HTTP Basic)."));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (bearer != null) {
            authenticateWithKey(bearer, request, response, chain);
            return;
        }
        BasicCredentials credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        if (credentials == null) {
            refuse(response, "Authentication is required: send an application's API key (Authorization: Bearer), or HTTP Basic credentials of a maiagent-admin or maiagent-client user.");
            return;
        }
        SignInThrottle.Standing attempt = throttle.check(credentials.user(), request.getRemoteAddr());
        if (attempt.refused()) {
            auditTrail.record(credentials.user(), AUDIT_ACTION, "api", Outcome.DENIED, "too many failed sign-ins");
            response.setHeader("Retry-After", String.valueOf(attempt.retryAfterSeconds()));
            problems.write(response, Problem.of(429, "too-many-sign-ins",
                    "Too many failed sign-ins for this account or address; try again in " + attempt.retryAfterSeconds() / 60 + " minutes."));
            return;
        }
        try {
            request.login(credentials.user(), credentials.password());
        } catch (ServletException wrongCredentials) {
            throttle.failed(attempt);
            auditTrail.record(credentials.user(), AUDIT_ACTION, "api", Outcome.FAILURE, "wrong user name or password");
            refuse(response, "The user name or password is not valid.");
            return;
        }
        throttle.succeeded(attempt);
        // Each API call stands on its own credentials: the login ends before the answer is committed,
        // so no SSO cookie reaches the caller, also for answers that stream (committed early).
        LogoutBeforeCommit answer = new LogoutBeforeCommit(request, response);
        try {
            chain.doFilter(request, answer);
        } finally {
            answer.logoutIfStillOpen();
        }
    }

    private void authenticateWithKey(String presented, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ClientIdentity application;
        try {
            application = keys.find(presented);
        } catch (RuntimeException databaseAway) {
            response.setHeader("Retry-After", "5");
            problems.write(response, Problem.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "keys-unavailable",
                    "API keys cannot be checked now: the gateway's database does not answer."));
            return;
        }
        if (application == null) {
            refuse(response, "unauthenticated", "The API key is not valid.");
            return;
        }
        if (application.revoked()) {
            refuse(response, "key-revoked", "This API key (" + application.keyPrefix() + ") was revoked: use the application's current key.");
            return;
        }
        if (application.status() != com.maiagentgateway.store.ClientApplication.Status.ACTIVE) {
            problems.write(response, Problem.of(HttpServletResponse.SC_FORBIDDEN, "application-suspended",
                    "The application " + application.name() + " is suspended: ask a gateway administrator."));
            return;
        }
        chain.doFilter(new ClientApplicationRequest(request, application), response);
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static String bearerToken(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /** Ends the login just before the first byte of the answer goes out, while the cookie can still be removed. */
    static final class LogoutBeforeCommit extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean loggedOut;

        LogoutBeforeCommit(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private synchronized void logout() {
            if (!loggedOut) {
                loggedOut = true;
                try {
                    request.logout();
                } catch (ServletException | IllegalStateException e) {
                    // the login ends with the request anyway
                }
            }
        }

        void logoutIfStillOpen() {
            if (!isCommitted()) {
                logout();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            logout();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            logout();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            logout();
            super.flushBuffer();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            logout();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            logout();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            logout();
            super.sendRedirect(location);
        }
    }

    /**
     * Authenticated by the server without credentials on the request itself: the console's session
     * or SSO cookie. A caller the server authenticates per request (a bearer token, a client
     * certificate) passes.
     */
    static boolean signedInByCookie(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && !HttpServletRequest.CLIENT_CERT_AUTH.equals(request.getAuthType());
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        refuse(response, "unauthenticated", detail);
    }

    private void refuse(HttpServletResponse response, String kind, String detail) throws IOException {
        response.addHeader("WWW-Authenticate", CHALLENGE);
        response.addHeader("WWW-Authenticate", KEY_CHALLENGE);
        problems.write(response, Problem.of(HttpServletResponse.SC_UNAUTHORIZED, kind, detail));
    }

    /** The user and password of an {@code Authorization: Basic} header, or null when there is none usable. */
    record BasicCredentials(String user, String password) {

        static BasicCredentials parse(String header) {
            if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }

        @Override
        public String toString() {
            return "BasicCredentials[user=" + user + ", password=***]";
        }
    }
}
