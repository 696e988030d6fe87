package com.maiagentgateway.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signed out means refused on every node: a console request carrying a sign-in token that was
 * signed out (on any node: the list is in the shared database) is logged out and sent to sign in.
 * A server's own tracking (Liberty's trackLoggedOutSSOCookies) covers only that server.
 */
@WebFilter(filterName = "SignedOutTokenFilter", urlPatterns = "/console/*", asyncSupported = true)
public class SignedOutTokenFilter extends HttpFilter {

    @Inject
    SignInTokens tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tokens.isSignedOut(request)) {
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
}
