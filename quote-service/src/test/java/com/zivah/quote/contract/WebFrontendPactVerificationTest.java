package com.zivah.quote.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
@PactFolder("../docs/contracts")
@ExtendWith(WebFrontendPactVerificationTest.NoPactContext.class)
class WebFrontendPactVerificationTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    DataSource dataSource;

    /** {@code context} is null for the plain {@code @Test} below ({@link NoPactContext}). */
    @BeforeEach
    void target(PactVerificationContext context) {
        if (context != null) {
            context.setTarget(new HttpTestTarget(app.getHost(), app.getPort()));
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void webFrontendGetsWhatItExpects(PactVerificationContext context) {
        context.verifyInteraction();
    }

    /**
     * The contract is there and names this provider (so the template above verifies something). Also a plain
     * {@code @Test}: Quarkus' test class loader only recognizes a {@code @QuarkusTest} class that has one.
     */
    @Test
    void theContractIsCommitted() throws Exception {
        Path pact = Path.of("..", "docs", "contracts", "web-frontend-quote-service.json");
        JsonNode contract = new ObjectMapper().readTree(Files.readString(pact));
        assertEquals("quote-service", contract.path("provider").path("name").asText(), pact.toAbsolutePath().toString());
        assertTrue(contract.path("interactions").size() > 0, pact.toAbsolutePath().toString());
    }

    @State("product 101 is on sale")
    void productOnSale() {
        snapshot(101, "ZV-CAF-001", "Café verde arábica grado 1", "Green arabica coffee, grade 1", true);
    }

    @State("product 102 has been withdrawn")
    void productWithdrawn() {
        snapshot(102, "ZV-CAF-004", "Granos de cacao fermentados", "Fermented cocoa beans", false);
    }

    private void snapshot(long id, String sku, String nameEs, String nameEn, boolean active) {
        String sql = """
                insert into product_snapshot (product_id, sku, name_es, name_en, unit, price, currency, price_on_request,
                                              active, version, updated_at)
                values (?, ?, ?, ?, 'kg', 4.85, 'USD', false, ?, 1, now())
                on conflict (product_id) do update set active = excluded.active, version = product_snapshot.version + 1,
                                                       updated_at = now()
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.setString(2, sku);
            s.setString(3, nameEs);
            s.setString(4, nameEn);
            s.setBoolean(5, active);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves the Pact context of {@link #target} as null outside the verification template. */
    static class NoPactContext implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return parameter.getParameter().getType() == PactVerificationContext.class
                    && extension.getTestMethod().map(m -> !m.isAnnotationPresent(TestTemplate.class)).orElse(false);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            return null;
        }
    }
}
