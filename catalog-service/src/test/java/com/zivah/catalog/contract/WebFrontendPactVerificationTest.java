package com.zivah.catalog.contract;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
        Path pact = Path.of("..", "docs", "contracts", "web-frontend-catalog-service.json");
        JsonNode contract = new ObjectMapper().readTree(Files.readString(pact));
        assertEquals("catalog-service", contract.path("provider").path("name").asText(), pact.toAbsolutePath().toString());
        assertTrue(contract.path("interactions").size() > 0, pact.toAbsolutePath().toString());
    }

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
