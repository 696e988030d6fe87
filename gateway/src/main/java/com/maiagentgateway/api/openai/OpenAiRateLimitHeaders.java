package com.maiagentgateway.api.openai;

import com.maiagentgateway.api.ClientCallPolicy;
import com.maiagentgateway.service.Quotas;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * OpenAI's rate-limit headers beside the {@code RateLimit} fields {@link ClientCallPolicy} sets: an application's
 * requests per minute as {@code x-ratelimit-limit-requests}, {@code -remaining-requests} and {@code -reset-requests}.
 * (OpenAI's token limits have no counterpart: MaiAgent's quotas are not counted in tokens.)
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class OpenAiRateLimitHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Quotas.Standing standing = ClientCallPolicy.standingOf(request);
        if (standing == null) {
            return;
        }
        standing.items().stream().filter(item -> item.policy().equals(Quotas.PER_MINUTE)).findFirst().ifPresent(item -> {
            response.getHeaders().putSingle("x-ratelimit-limit-requests", item.quota());
            response.getHeaders().putSingle("x-ratelimit-remaining-requests", item.remaining());
            response.getHeaders().putSingle("x-ratelimit-reset-requests", item.resetSeconds() + "s");
        });
    }
}
