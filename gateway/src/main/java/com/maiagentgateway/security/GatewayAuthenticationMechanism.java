package com.maiagentgateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The gateway's one authentication mechanism (Jakarta Security). It only tells which credential a request
 * carries and hands it on: on {@code /api/*} a client application's key ({@link KeyAuthentication}) or HTTP
 * Basic of a registry user ({@link BasicAuthentication}), checked by the registry and remembered for seconds; for the
 * console, the sign-in form and then the sign-in's cookie ({@link ConsoleAuthentication}). Passwords are checked
 * by the server's own registry ({@link ServerCallers}), so no server login is made per API call. A refused API
 * call is left unauthenticated with the reason in {@link ApiRefusal}; {@link ApiAuthenticationFilter} answers it.
 */
@ApplicationScoped
public class GatewayAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    KeyAuthentication keys;

    @Inject
    BasicAuthentication basic;

    @Inject
    ConsoleAuthentication console;

    @Inject
    ConsoleSessionCookie consoleSessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return console.signIn(password, request, context);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, context);
        }
        if (!context.isProtected()) {
            // The sign-in page, error pages, scripts and styles: nobody needs to be named there.
            return context.doNothing();
        }
        return console.authenticatePage(request, context);
    }

    /** Ends the console's sign-in on every node when the caller signs out ({@code request.logout()}). */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        consoleSessions.end(request, response);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpMessageContext context) {
        if (ApiKeys.inQuery(request.getQueryString())) {
            // Addresses end up in logs, proxies and browser histories: a key there is refused, never tried.
            return ApiRefusal.refuse(request, context, ApiRefusal.keyInQuery());
        }
        String authorization = request.getHeader("Authorization");
        String bearer = ApiKeys.bearerToken(authorization);
        if (bearer != null && ApiKeys.looksLikeKey(bearer)) {
            // One of the gateway's keys: it alone says who calls, whatever cookie came along.
            return keys.authenticate(bearer, request, context);
        }
        if (request.getUserPrincipal() != null) {
            // A caller the server authenticated itself (a JWT, a client certificate) stays so.
            return context.doNothing();
        }
        if (authorization == null && console.cookiePresent(request)) {
            // A page on another site can make a signed-in admin's browser call the API: its cookie opens nothing here.
            return ApiRefusal.refuse(request, context, ApiRefusal.cookieNotAccepted());
        }
        if (bearer != null) {
            return keys.authenticate(bearer, request, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // Open Liberty's audit decodes a Basic header again when the call's auth type is its BASIC, with a decoder
            // that fails on what ours takes (unpadded base64) or on what is no user:password at all, and answers 500.
            // Naming the auth type ourselves keeps the answer ours, whatever the header holds.
            ServerCallers.nameAuthType(context, "Basic");
        }
        BasicCredentials credentials = BasicCredentials.parse(authorization);
        if (credentials != null) {
            return basic.authenticate(credentials, request, context);
        }
        return context.doNothing();
    }

    /**
     * Judged on the path the container dispatches by (decoded, without {@code ;} parameters), not the raw address:
     * {@code /api;x/v1/me} reaches the API too, and was refused as unauthenticated with good credentials.
     */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/openai/");
    }
}
