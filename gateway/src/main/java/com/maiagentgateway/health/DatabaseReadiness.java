package com.maiagentgateway.health;

import com.maiagentgateway.store.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The webhook inbox and the audit trail live in the default datasource: it must answer, with the schema current. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        String unreachable = schema.connectionProblem();
        if (unreachable != null) {
            return HealthCheckResponse.named("database").down().withData("detail", unreachable).build();
        }
        if (!schema.ensureMigrated()) {
            return HealthCheckResponse.named("database").down().withData("detail", "schema: " + schema.problem()).build();
        }
        return HealthCheckResponse.named("database").up().build();
    }
}
