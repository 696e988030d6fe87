package com.maiagentgateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive means the application is deployed and answering; upstream trouble is readiness, not liveness. */
@Liveness
@ApplicationScoped
public class GatewayLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gateway");
    }
}
