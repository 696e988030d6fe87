package com.maiagentgateway.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The CSP nonce PrimeFaces takes from a posted form ({@code primefaces.nonce}) to mark the answer's scripts, kept to
 * what this server issued:
 * <ul>
 * <li>the sign-in page is stateless and any site may post to it, so a nonce posted there is never used: the answer
 *     gets a fresh one (else another site would choose which inline scripts the page's policy lets run);</li>
 * <li>a console postback (same-origin only: it needs its session and view state) keeps its page's nonce, but one
 *     missing or not of PrimeFaces' shape is replaced by a fresh one, where PrimeFaces would fail the answer with a
 *     500 after the action was done.</li>
 * </ul>
 * The nonce only marks the answer's own scripts; it proves nothing about the caller.
 */
@WebFilter(filterName = "CspNonceFilter", urlPatterns = "*.xhtml")
public class CspNonceFilter extends HttpFilter {

    static final String NONCE = "primefaces.nonce";
    private static final String SIGN_IN_PAGE = "/login.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && (isSignInPage(request) || !isIssuedShape(request.getParameter(NONCE)))) {
            chain.doFilter(withNonce(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isSignInPage(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(SIGN_IN_PAGE);
    }

    /** PrimeFaces' own shape: the Base64 of a UUID's text (anything else makes it fail the answer). */
    static boolean isIssuedShape(String nonce) {
        if (nonce == null || nonce.isBlank() || nonce.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
    }

    static HttpServletRequest withNonce(HttpServletRequest request) {
        String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        parameters.put(NONCE, new String[] {nonce});
        Map<String, String[]> fixed = Collections.unmodifiableMap(parameters);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = fixed.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return fixed;
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return Collections.enumeration(fixed.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return fixed.get(name);
            }
        };
    }
}
