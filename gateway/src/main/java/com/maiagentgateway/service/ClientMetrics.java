package com.maiagentgateway.service;

import java.time.Duration;

/**
 * What the usage meter tells a metrics registry. Kept apart from MicroProfile Metrics' types: WildFly does
 * not provide them, and its CDI then leaves the one implementation ({@code MicroProfileClientMetrics}) out,
 * so usage is still counted there, only not in {@code /metrics}.
 */
public interface ClientMetrics {

    void call(String caller, String operation, String outcome, Duration latency);

    void firstEvent(String caller, Duration sinceStart);

    /** Where no metrics registry is (WildFly): usage is still counted and stored. */
    ClientMetrics NONE = new ClientMetrics() {
        @Override
        public void call(String caller, String operation, String outcome, Duration latency) {
        }

        @Override
        public void firstEvent(String caller, Duration sinceStart) {
        }
    };
}
