package com.maiagentgateway.upstream;

import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * How long an open circuit breaker keeps calls from MaiAgent, as a caller's {@code Retry-After}: the delay the
 * facades state ({@link MaiAgentFacade}), or what MicroProfile Fault Tolerance's config sets instead (globally or
 * per facade), the longest of them, so a caller told to wait that long finds the breaker half-open.
 */
public final class BreakerPause {

    static final List<Class<? extends MaiAgentFacade>> FACADES = List.of(MaiAgentConversations.class, MaiAgentCompletions.class,
            MaiAgentRecords.class, MaiAgentAttachments.class);

    private BreakerPause() {
    }

    /** The longest configured breaker delay, in whole seconds (rounded up). */
    public static long seconds() {
        return seconds(ConfigProvider.getConfig());
    }

    static long seconds(Config config) {
        long stated = MaiAgentFacade.class.getAnnotation(CircuitBreaker.class).delay();
        long global = config.getOptionalValue("CircuitBreaker/delay", Long.class).orElse(stated);
        long longest = FACADES.stream()
                .mapToLong(facade -> config.getOptionalValue(facade.getName() + "/CircuitBreaker/delay", Long.class).orElse(global))
                .max().orElse(global);
        return Math.max(1, (longest + 999) / 1000);
    }
}
