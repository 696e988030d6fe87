package com.maiagentgateway.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date from the versioned scripts in {@code db/migration}, at
 * startup. A database that is not there yet does not fail the deployment: readiness reports it
 * and asks again, so the gateway heals once the database answers.
 * <p>
 * On Liberty, Flyway finds a classpath folder only when it holds an empty {@code flyway.location}
 * file; {@code db/callback} has one too because Flyway always looks there and logs an error otherwise.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile String problem = "not migrated yet";

    @PostConstruct
    void migrateAtStartup() {
        ensureMigrated();
    }

    /** True once the schema is current; otherwise tries (again) to migrate it. */
    public synchronized boolean ensureMigrated() {
        if (problem == null) {
            return true;
        }
        try {
            Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            // A scan that finds nothing would otherwise "succeed" on an empty schema.
            if (flyway.info().all().length == 0) {
                throw new IllegalStateException("no migrations found in db/migration of the application");
            }
            MigrateResult result = flyway.migrate();
            LOG.info("Database schema at version " + flyway.info().current().getVersion()
                    + " (" + result.migrationsExecuted + " migration(s) applied now)");
            problem = null;
            return true;
        } catch (RuntimeException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Database schema migration failed; readiness stays DOWN and it is tried again", e);
            return false;
        }
    }

    /**
     * Why the database does not answer (within 2 s), or null when it does. Asked through this EJB, not with
     * a datasource of the health check's own: WildFly runs health checks on a management thread that has
     * no java:comp of the application, and an EJB call brings the application's naming context with it.
     */
    public String connectionProblem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return "SQLState " + e.getSQLState();
        }
    }

    /** Why the schema is not current, or null when it is. */
    public String problem() {
        return problem;
    }
}
