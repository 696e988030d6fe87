package com.maiagentgateway.api.openai;

import com.maiagentgateway.api.GatewayApi;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The OpenAI-compatible API, at {@code /maiagent/openai/v1}: what OpenAI's SDKs, LangChain4j and Spring AI call with
 * a client application's key as their API key. The gateway's own providers (keys, scopes, quotas, usage, problems)
 * serve it too; its errors leave in OpenAI's shape (problem/OpenAiErrors).
 */
@ApplicationPath("/openai/v1")
public class OpenAiApi extends Application {

    static final Set<Class<?>> RESOURCES = Set.of(ChatCompletionsResource.class, ModelsResource.class);

    static final Set<Class<?>> PROVIDERS = Set.of(StreamOrWhole.class, OpenAiRateLimitHeaders.class);

    @Override
    public Set<Class<?>> getClasses() {
        return Stream.of(RESOURCES, PROVIDERS, GatewayApi.PROVIDERS).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }
}
