package com.maiagentgateway.health;

import com.maiagentgateway.model.Reachability;
import com.maiagentgateway.service.MaiAgentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while MaiAgent answers: without it the gateway can serve nothing but its own trail. */
@Readiness
@ApplicationScoped
public class MaiAgentReadiness implements HealthCheck {

    @Inject
    MaiAgentStatus maiAgent;

    @Override
    public HealthCheckResponse call() {
        Reachability reachability = maiAgent.reachability();
        return HealthCheckResponse.named("maiagent")
                .status(reachability.reachable())
                .withData("detail", reachability.detail())
                .build();
    }
}
