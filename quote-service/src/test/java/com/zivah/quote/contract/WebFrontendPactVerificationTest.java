package com.zivah.quote.contract;

import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PactProviderContract;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;

/**
 * Verifies the real quote-service (HTTP on the test port, real PostgreSQL and Kafka) against what web-frontend
 * expects of POST /api/quotes: every interaction of {@code docs/contracts/web-frontend-quote-service.json}, written by
 * web-frontend's {@code QuoteClientPactTest}. Provider states put the product into the snapshot table with SQL, as
 * the ProductChanged consumer would have.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
@Provider("quote-service")
@Consumer("web-frontend")
@PactFolder("../docs/contracts")
class WebFrontendPactVerificationTest extends PactProviderContract {

    @Inject
    DataSource dataSource;

    @State("product 101 is on sale")
    void productOnSale() {
        snapshot(101, "ZV-CAF-001", "Café verde arábica grado 1", "Green arabica coffee, grade 1", true, null);
    }

    @State("product 102 has been withdrawn")
    void productWithdrawn() {
        snapshot(102, "ZV-CAF-004", "Granos de cacao fermentados", "Fermented cocoa beans", false, null);
    }

    @State("product 103 is on sale with a minimum order of 1000")
    void productWithMinimumOrder() {
        snapshot(103, "ZV-CAC-002", "Cacao en grano", "Cocoa beans", true, 1000);
    }

    private void snapshot(long id, String sku, String nameEs, String nameEn, boolean active, Integer minOrder) {
        String sql = """
                insert into product_snapshot (product_id, sku, name_es, name_en, unit, price, currency, price_on_request,
                                              active, version, updated_at, min_order_quantity)
                values (?, ?, ?, ?, 'kg', 4.85, 'USD', false, ?, 1, now(), ?)
                on conflict (product_id) do update set active = excluded.active, version = product_snapshot.version + 1,
                                                       min_order_quantity = excluded.min_order_quantity,
                                                       updated_at = now()
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.setString(2, sku);
            s.setString(3, nameEs);
            s.setString(4, nameEn);
            s.setBoolean(5, active);
            if (minOrder == null) {
                s.setNull(6, Types.INTEGER);
            } else {
                s.setInt(6, minOrder);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
