package com.maiagentgateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * API calls in MicroProfile Metrics, tagged by caller (an application's name, or {@code user:<name>}):
 * {@code gateway_client_calls_total} by operation and outcome, {@code gateway_client_latency_seconds} by
 * operation, and {@code gateway_client_time_to_first_event_seconds} of streamed completions.
 */
@ApplicationScoped
public class MicroProfileClientMetrics implements ClientMetrics {

    @Inject
    MetricRegistry registry;

    @Override
    public void call(String caller, String operation, String outcome, Duration latency) {
        registry.counter("gateway.client.calls", new Tag("caller", caller), new Tag("operation", operation), new Tag("outcome", outcome)).inc();
        registry.timer("gateway.client.latency", new Tag("caller", caller), new Tag("operation", operation)).update(latency);
    }

    @Override
    public void firstEvent(String caller, Duration sinceStart) {
        registry.timer("gateway.client.time_to_first_event", new Tag("caller", caller)).update(sinceStart);
    }
}
