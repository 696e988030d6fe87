package com.maiagentgateway.platform;

import com.maiagentgateway.api.Problem;
import com.maiagentgateway.api.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates API calls with HTTP Basic against the server's own user registry.
 * A WAR has a single login-config, and the console's is FORM; this filter gives the API
 * Basic through the portable {@link HttpServletRequest#login} instead. A caller the server
 * has already authenticated (JWT, OIDC, client certificate) passes straight through.
 * Authorization is left to {@code @RolesAllowed} on the resources.
 */
@WebFilter(filterName = "ApiAuthenticationFilter", urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    static final String CHALLENGE = "Basic realm=\"MaiAgent Gateway\", charset=\"UTF-8\"";

    @Inject
    ProblemWriter problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        BasicCredentials credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        if (credentials == null) {
            refuse(response, "Authentication is required: send HTTP Basic credentials of a maiagent-admin or maiagent-client user.");
            return;
        }
        try {
            request.login(credentials.user(), credentials.password());
        } catch (ServletException wrongCredentials) {
            refuse(response, "The user name or password is not valid.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            // Each API call stands on its own credentials: nothing of this login outlives the call.
            request.logout();
        }
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        problems.write(response, Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", detail));
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
