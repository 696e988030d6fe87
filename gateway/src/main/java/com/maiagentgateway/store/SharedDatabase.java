package com.maiagentgateway.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What the gateway's database is. On PostgreSQL several nodes share it, and replies fan out through
 * it (LISTEN/NOTIFY); on anything else (H2, the embedded default) the gateway is one node.
 */
@ApplicationScoped
public class SharedDatabase {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile String product;

    /** Asked of the database once it answers; false while it does not (one node is the safe assumption). */
    public boolean isPostgreSql() {
        return "PostgreSQL".equalsIgnoreCase(product());
    }

    /** The embedded default (H2), which writes an UPDATE's rows back through {@code FINAL TABLE}. */
    public boolean isH2() {
        return "H2".equalsIgnoreCase(product());
    }

    private String product() {
        String known = product;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName();
                product = known;
            } catch (SQLException notYet) {
                return "";
            }
        }
        return known;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
