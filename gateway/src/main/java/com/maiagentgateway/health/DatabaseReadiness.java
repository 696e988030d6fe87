package com.maiagentgateway.health;

import com.maiagentgateway.live.ReplyFanOut;
import com.maiagentgateway.store.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The webhook inbox and the audit trail live in the default datasource: it must answer, with the schema
 * current, and (on PostgreSQL, several nodes) this node must be hearing of the replies other nodes store.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigration schema;

    @Inject
    ReplyFanOut fanOut;

    @Override
    public HealthCheckResponse call() {
        String unreachable = schema.connectionProblem();
        if (unreachable != null) {
            return HealthCheckResponse.named("database").down().withData("detail", unreachable).build();
        }
        if (!schema.ensureMigrated()) {
            return HealthCheckResponse.named("database").down().withData("detail", "schema: " + schema.problem()).build();
        }
        String notHearing = fanOut.problem();
        if (notHearing != null) {
            return HealthCheckResponse.named("database").down().withData("detail", "replies: " + notHearing).build();
        }
        return HealthCheckResponse.named("database").up().build();
    }
}
