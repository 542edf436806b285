package com.zivah.catalog.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Verifies the real catalog-service (its HTTP API on the test port, demo catalog loaded at startup, real
 * PostgreSQL) against what web-frontend expects of it: every interaction of
 * {@code docs/contracts/web-frontend-catalog-service.json}, written by web-frontend's {@code CatalogClientPactTest}.
 * A change of the API that breaks the site fails this build. Provider states are set up through SQL only.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@Provider("catalog-service")
@Consumer("web-frontend")
@PactFolder("../docs/contracts")
class WebFrontendPactVerificationTest extends PactProviderContract {

    @Inject
    DataSource dataSource;

    @State("the demo catalog is loaded")
    void demoCatalog() {
        assertTrue(count("select count(*) from product where active") > 12,
                "the demo catalog (more than one page of active products) is loaded at startup");
    }

    /** Its id goes into the request path ({@code /api/catalog/products/${id}}). */
    @State("a product is on sale beyond the first page of the list")
    Map<String, Object> productBeyondTheFirstPage() {
        return Map.of("id", count("select max(id) from product where active"));
    }

    @State("no product has id 999999")
    void noSuchProduct() {
        assertEquals(0, count("select count(*) from product where id = 999999"));
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
