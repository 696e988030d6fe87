package com.maiagentgateway.security;

import com.maiagentgateway.store.ConsoleSession;
import com.maiagentgateway.store.ConsoleSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's sign-in as a cookie: a random 256-bit token per sign-in, known to the shared database by its
 * hash ({@link ConsoleSessions}), so it holds on every node and a sign-out ends it on every node at once. It
 * relies on neither server's own sign-in token (Liberty's LTPA token is the same for every sign-in of a user
 * while its cache holds the user, so a sign-out could not end one sign-in without refusing the next).
 */
@ApplicationScoped
public class ConsoleSessionCookie {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ConsoleSessions sessions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.console.session-cookie", defaultValue = "MaiAgentConsole")
    String name;

    /** How long a sign-in lasts, whatever the use (Liberty's own sign-in token lasted 120 minutes too). */
    @Inject
    @ConfigProperty(name = "maiagent.console.sign-in-minutes", defaultValue = "120")
    long lifetimeMinutes;

    /** Secure even on plain HTTP: for TLS ended at a proxy in front of the server. Over HTTPS it always is. */
    @Inject
    @ConfigProperty(name = "maiagent.console.secure-cookie", defaultValue = "false")
    boolean alwaysSecure;

    /** What the mechanism learnt when the registry accepted a password in this request, for {@link #start}. */
    private record AcceptedPassword(String caller, String realm) {
    }

    private static final String ACCEPTED = AcceptedPassword.class.getName();

    /** Notes, in the request only, that the registry accepted this caller's password (in this realm, where the server names one). */
    static void passwordAccepted(HttpServletRequest request, String caller, String realm) {
        request.setAttribute(ACCEPTED, new AcceptedPassword(caller, realm));
    }

    /**
     * Starts the console sign-in of the caller whose password this request's authentication accepted, and hands
     * its cookie to the browser. Called once the caller is known to be an administrator: a sign-in always is one.
     */
    public void start(HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(ACCEPTED) instanceof AcceptedPassword accepted)) {
            throw new IllegalStateException("No password was accepted in this request");
        }
        request.removeAttribute(ACCEPTED);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        sessions.start(ApiKeys.hash(token), accepted.caller(), accepted.realm(), now, now.plus(Duration.ofMinutes(lifetimeMinutes)));
        response.addCookie(cookie(request, token, -1));
    }

    /** The sign-in the request's cookie stands for, or null (no cookie, signed out, expired). */
    public ConsoleSession of(HttpServletRequest request) {
        String token = token(request);
        return token == null ? null : sessions.find(ApiKeys.hash(token), clock.instant());
    }

    /** Whether the request carries the console's cookie at all, valid or not. */
    public boolean isPresent(HttpServletRequest request) {
        return token(request) != null;
    }

    /** Ends the request's sign-in on every node; the browser keeps a cookie that now opens nothing (a new sign-in replaces it). */
    public void endPrevious(HttpServletRequest request) {
        String token = token(request);
        if (token != null) {
            sessions.end(ApiKeys.hash(token));
        }
    }

    /** Ends the request's sign-in on every node and takes the cookie back from the browser. */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        String token = token(request);
        if (token != null) {
            sessions.end(ApiKeys.hash(token));
            if (!response.isCommitted()) {
                response.addCookie(cookie(request, "", 0));
            }
        }
    }

    private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(alwaysSecure || request.isSecure());
        // Lax: another site's page cannot send it with a form post or a script's call, a link to the console still works.
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    private String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
