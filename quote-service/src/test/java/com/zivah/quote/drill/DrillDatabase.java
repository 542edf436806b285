package com.zivah.quote.drill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** Plain SQL for the fault drills: seeds the product snapshot and reads back quotes and outbox rows. */
public final class DrillDatabase {

    private final DataSource dataSource;

    public DrillDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An active, priced product in the local snapshot, as the catalog consumer would have stored it. */
    public long product() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        update("insert into product_snapshot (product_id, sku, name_es, name_en, unit, price, currency,"
                        + " price_on_request, active, version, updated_at) values (?, ?, ?, ?, 'kg', 4.85, 'USD', false, true, 1, ?)",
                id, "DRILL-" + id, "Café de prueba " + id, "Drill coffee " + id, Timestamp.from(Instant.now()));
        return id;
    }

    /** An RFQ body of the agreed shape for one line of this product. */
    public static String rfq(String email, long productId) {
        return """
                {"customer":{"name":"Drill Buyer","email":"%s","phone":"+34 600 000 000",
                 "company":"Drill SL","country":"ES"},
                 "locale":"en","message":"fault drill","items":[{"productId":%d,"quantity":1000}]}
                """.formatted(email, productId);
    }

    public long count(String sql, Object... args) {
        return ((Number) rows(sql, args).get(0)[0]).longValue();
    }

    public List<Object[]> rows(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }
}
