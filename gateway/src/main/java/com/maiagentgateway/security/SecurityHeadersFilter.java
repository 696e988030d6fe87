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

    /** A year: browsers then refuse plain HTTP to this host, and a stripped first answer cannot downgrade a visit. */
    static final String HSTS = "max-age=31536000";

    private String contentSecurityPolicy;

    /** TLS ends in front of the server (maiagent.console.secure-cookie): answers are HTTPS to the browser though not here. */
    private boolean tlsInFront;

    @Override
    public void init() {
        tlsInFront = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("maiagent.console.secure-cookie", Boolean.class).orElse(false);
        contentSecurityPolicy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (contentSecurityPolicy == null || contentSecurityPolicy.isBlank()) {
            throw new IllegalStateException("web.xml must set primefaces.CSP_POLICY, the content security policy");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        harden(request, response, contentSecurityPolicy);
        if (request.isSecure() || tlsInFront) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * The headers every answer carries. Also called by {@link ApiAuthenticationFilter} for the refusals it writes:
     * the order of annotated filters is the server's to choose, and a refusal may be answered before this filter ran.
     */
    static void harden(HttpServletRequest request, HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(CSP, contentSecurityPolicy);
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
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
