package com.zivah.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Plain SQL for the provider states of a {@code contract/<Consumer>PactVerificationTest} ({@link PactProviderContract}):
 * states set up their rows through the service's own schema, never through main-code internals.
 */
public final class ContractSql {

    private ContractSql() {
    }

    /** Runs the statements in one transaction (a state is all or nothing). */
    public static void execute(DataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Provider state not set up: " + e.getMessage(), e);
        }
    }

    /** Runs one insert/update/delete and answers how many rows it touched. */
    public static int update(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Provider state not set up: " + e.getMessage(), e);
        }
    }

    /** The single number a {@code select count(*)}, {@code max(id)}, ... answers. */
    public static long count(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves the identity sequence of {@code table}'s {@code id} past its highest id, after a state inserted rows with
     * fixed ids ({@code overriding system value}): what other tests of the JVM insert later never collides with them.
     */
    public static String identityPastMax(String table) {
        return "select setval(pg_get_serial_sequence('%1$s', 'id'), (select coalesce(max(id), 0) + 1 from %1$s), false)"
                .formatted(table);
    }
}
