package com.zivah.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the pacts live: the consumer tests write them to {@code target/pacts} ({@link #GENERATED}); the committed
 * copies in {@code docs/contracts} ({@link #COMMITTED}) are what the providers verify and what {@link FakeUpstreams}
 * serves. As a JUnit extension registered before Pact's own ({@code @ExtendWith({Contracts.class,
 * PactConsumerTestExt.class})}), it runs after Pact has written the class's pact and fails the class when the
 * committed copy differs: a changed client can never leave a stale contract behind.
 */
public class Contracts implements AfterAllCallback {

    public static final String CONSUMER = "web-frontend";
    public static final String CATALOG = "catalog-service";
    public static final String QUOTE = "quote-service";

    /** Relative to the module directory, where surefire runs the tests. */
    public static final Path GENERATED = Path.of("target", "pacts");
    public static final Path COMMITTED = Path.of("..", "docs", "contracts");

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String fileName(String provider) {
        return CONSUMER + "-" + provider + ".json";
    }

    public static Path committed(String provider) {
        return COMMITTED.resolve(fileName(provider));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String provider = context.getRequiredTestClass().getAnnotation(au.com.dius.pact.consumer.junit5.PactTestFor.class)
                .providerName();
        Path generated = GENERATED.resolve(fileName(provider));
        Path committed = committed(provider);
        if (!Files.exists(generated)) {
            throw new AssertionError("Pact did not write " + generated.toAbsolutePath());
        }
        if (!Files.exists(committed) || !read(generated).equals(read(committed))) {
            throw new AssertionError("docs/contracts/" + fileName(provider) + " is not the contract the consumer tests"
                    + " now describe. Review the difference and commit it (the provider's build verifies it):\n"
                    + "  cp web-frontend/" + GENERATED.resolve(fileName(provider)) + " docs/contracts/\n"
                    + "  git diff docs/contracts/");
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
