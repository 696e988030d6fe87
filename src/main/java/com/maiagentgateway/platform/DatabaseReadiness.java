package com.maiagentgateway.platform;

import com.maiagentgateway.store.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The webhook inbox and the audit trail live in the default datasource: it must answer, with the schema current. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return HealthCheckResponse.named("database").down().withData("detail", "connection not valid").build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("detail", "SQLState " + e.getSQLState()).build();
        }
        if (!schema.ensureMigrated()) {
            return HealthCheckResponse.named("database").down().withData("detail", "schema: " + schema.problem()).build();
        }
        return HealthCheckResponse.named("database").up().build();
    }
}
