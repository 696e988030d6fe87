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
 * A sign-in form posted without its CSP nonce (a page from before an upgrade, a script) gets a fresh
 * one: PrimeFaces would otherwise fail the answer, since the stateless page keeps no nonce to fall
 * back on. The nonce only marks this answer's own scripts; it proves nothing about the caller.
 */
@WebFilter(filterName = "SignInNonceFilter", urlPatterns = "/login.xhtml")
public class SignInNonceFilter extends HttpFilter {

    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && isBlank(request.getParameter(NONCE))) {
            chain.doFilter(withNonce(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
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
