package com.maiagentgateway.security;

import com.maiagentgateway.problem.ProblemWriter;
import com.maiagentgateway.problem.OpenAiErrors;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's door after {@link GatewayAuthenticationMechanism} has authenticated the call: a call it refused
 * is answered with the reason as a problem (401 with both challenges, 403, 429, 503), a client application's
 * call goes on as that application (its role, its body counted). Authorization is left to {@code @RolesAllowed}
 * on the resources.
 */
@WebFilter(filterName = "ApiAuthenticationFilter", urlPatterns = {"/api/*", "/openai/*"}, asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

    static final String CHALLENGE = "Basic realm=\"MaiAgent Gateway\", charset=\"UTF-8\"";
    static final String KEY_CHALLENGE = "Bearer realm=\"MaiAgent Gateway\"";

    @Inject
    ProblemWriter problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!OpenAiErrors.appliesTo(request)) {
            admit(request, response, chain);
            return;
        }
        // The OpenAI-compatible API answers its errors, this door's included, in OpenAI's shape.
        HttpServletResponse reshaping = OpenAiErrors.reshaping(response);
        try {
            admit(request, reshaping, chain);
        } finally {
            OpenAiErrors.finish(reshaping);
        }
    }

    private void admit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ApiRefusal refusal = (ApiRefusal) request.getAttribute(ApiRefusal.ATTRIBUTE);
        if (refusal != null) {
            refuse(request, response, refusal);
            return;
        }
        ClientIdentity application = ClientIdentity.of(request);
        if (application != null && request.getUserPrincipal() != null) {
            chain.doFilter(new ClientApplicationRequest(request, application), response);
            return;
        }
        if (request.getUserPrincipal() != null
                || request.getHttpServletMapping().getMappingMatch() == jakarta.servlet.http.MappingMatch.DEFAULT) {
            // (An address no servlet serves, /api/v2/... say, holds nothing to protect: it goes on to be a 404 problem.
            // Liberty does not authenticate requests for it, so a caller with good credentials would otherwise hear 401.)
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, ApiRefusal.unauthenticated("Authentication is required: send an application's API key (Authorization: Bearer),"
                + " or HTTP Basic credentials of a maiagent-admin or maiagent-client user."));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ApiRefusal refusal) throws IOException {
        SecurityHeadersFilter.harden(request, response, getServletContext().getInitParameter("primefaces.CSP_POLICY"));
        if (refusal.challenge()) {
            response.addHeader("WWW-Authenticate", CHALLENGE);
            response.addHeader("WWW-Authenticate", KEY_CHALLENGE);
        }
        if (refusal.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        }
        problems.write(response, refusal.problem());
    }
}
