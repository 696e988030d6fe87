package com.maiagentgateway.security;

import com.maiagentgateway.store.SignedOutTokens;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed out means refused on every node: a console request carrying a sign-in token that was
 * signed out (on any node: the list is in the shared database) is logged out and sent to sign in.
 * A server's own tracking (Liberty's trackLoggedOutSSOCookies) covers only that server.
 */
@WebFilter(filterName = "SignedOutTokenFilter", urlPatterns = "/console/*", asyncSupported = true)
public class SignedOutTokenFilter extends HttpFilter {

    @Inject
    SignedOutTokens signedOut;

    @Inject
    @ConfigProperty(name = "maiagent.console.sso-cookie", defaultValue = "LtpaToken2")
    String ssoCookie;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = token(request, ssoCookie);
        if (token != null && signedOut.contains(token)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The sign-in token the request carries, or null. */
    public static String token(HttpServletRequest request, String cookieName) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(cookieName) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Records the request's token as signed out, before the sign-out itself. */
    public static void recordSignOut(HttpServletRequest request, String cookieName, SignedOutTokens signedOut, Clock clock) {
        String token = token(request, cookieName);
        if (token != null) {
            signedOut.add(token, clock.instant());
        }
    }
}
