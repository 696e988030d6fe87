package com.maiagentgateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Browser hardening headers on everything the gateway serves; pages and API answers are never cached.
 * The content security policy allows no inline script: it is PrimeFaces' ({@code primefaces.CSP_POLICY}
 * in web.xml, one place), which a Faces page sends again with its per-response nonce appended; that
 * header then replaces this one, since two policies would both be enforced and this one knows no nonce.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (contentSecurityPolicy == null || contentSecurityPolicy.isBlank()) {
            throw new IllegalStateException("web.xml must set primefaces.CSP_POLICY, the content security policy");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(CSP, contentSecurityPolicy);
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A page's own policy (with its nonce) takes the place of the default instead of adding a second one. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
