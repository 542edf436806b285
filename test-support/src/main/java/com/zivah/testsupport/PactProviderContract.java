package com.zivah.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Verifies the real service (its HTTP API on the Quarkus test port, real PostgreSQL/Kafka) against every interaction
 * its consumers committed in {@code docs/contracts/<consumer>-<provider>.json} (docs/contracts/README.md). A provider's
 * {@code contract/<Consumer>PactVerificationTest} extends this with {@code @QuarkusTest}, its test resources,
 * {@code @Provider("<provider>")}, {@code @Consumer("<consumer>")} (one verification class per consumer, each with
 * the states its consumer names), {@code @PactFolder("../docs/contracts")} and its {@code @State} methods
 * (set up through SQL or HTTP, not through main-code internals).
 */
@ExtendWith(PactProviderContract.NoPactContext.class)
public abstract class PactProviderContract {

    /** Where consumers commit their contracts; subclasses name it in {@code @PactFolder} too. */
    public static final Path CONTRACTS = Path.of("..", "docs", "contracts");

    @TestHTTPResource("/")
    protected URL app;

    /** {@code context} is null for the plain {@code @Test} below ({@link NoPactContext}). */
    @BeforeEach
    void target(PactVerificationContext context) {
        if (context != null) {
            context.setTarget(new HttpTestTarget(app.getHost(), app.getPort()));
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void theConsumerGetsWhatItExpects(PactVerificationContext context, HttpRequest request) {
        String token = staffAccessToken();
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        context.verifyInteraction();
    }

    /**
     * A real access token sent with every verified request, or null (the default: a consumer of public endpoints).
     * A staff consumer's verification (admin-frontend, whose requests carry the signed-in staff member's token)
     * returns one from {@code KeycloakResource.accessToken(...)}: the pact does not hold tokens, the provider checks a
     * real one, so authorization is verified too.
     */
    protected String staffAccessToken() {
        return null;
    }

    /**
     * At least one committed contract names this provider ({@code @Provider}) with interactions, so the template above
     * verifies something. Also a plain {@code @Test}: Quarkus' test class loader only recognizes a
     * {@code @QuarkusTest} class that has one.
     */
    @Test
    void aContractNamesThisProvider() throws Exception {
        String provider = getClass().getAnnotation(Provider.class).value();
        Consumer consumer = getClass().getAnnotation(Consumer.class);
        ObjectMapper json = new ObjectMapper();
        long interactions = 0;
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            for (Path pact : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode contract = json.readTree(Files.readString(pact));
                if (provider.equals(contract.path("provider").path("name").asText())
                        && (consumer == null || consumer.value().equals(contract.path("consumer").path("name").asText()))) {
                    interactions += contract.path("interactions").size();
                }
            }
        }
        assertTrue(interactions > 0, "no interactions for " + provider + " in " + CONTRACTS.toAbsolutePath());
    }

    /** Resolves the Pact context of {@link #target} as null outside the verification template. */
    public static class NoPactContext implements ParameterResolver {

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
