package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/** The Retry-After of an open breaker follows the breaker's delay wherever it is set. */
class BreakerPauseTest {

    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow();
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(v -> type.cast(Long.valueOf(v)));
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return java.util.List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theStatedDelayUnlessConfigSaysOtherwiseTheLongestOfTheFacades() {
        assertEquals(10, BreakerPause.seconds(config(Map.of())), "MaiAgentFacade's @CircuitBreaker(delay = 10_000)");
        assertEquals(2, BreakerPause.seconds(config(Map.of("CircuitBreaker/delay", "1500"))), "rounded up");
        assertEquals(30, BreakerPause.seconds(config(Map.of("CircuitBreaker/delay", "1500",
                MaiAgentRecords.class.getName() + "/CircuitBreaker/delay", "30000"))));
    }
}
