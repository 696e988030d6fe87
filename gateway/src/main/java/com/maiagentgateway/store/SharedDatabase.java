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

    private volatile Boolean postgreSql;

    /** Asked of the database once it answers; false while it does not (one node is the safe assumption). */
    public boolean isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
                postgreSql = known;
            } catch (SQLException notYet) {
                return false;
            }
        }
        return known;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
