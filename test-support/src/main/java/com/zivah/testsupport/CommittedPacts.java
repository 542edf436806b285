package com.zivah.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where a consumer's pacts live: its tests write them to {@code target/pacts} ({@link #GENERATED}); the committed
 * copies in {@code docs/contracts} ({@link #COMMITTED}) are what the providers verify and what page tests'
 * {@link PactStubServer} serves. As a JUnit extension registered before Pact's own ({@code @ExtendWith({MyContracts.class,
 * PactConsumerTestExt.class})}, a subclass naming the consumer), it runs after Pact has written the class's pact and
 * fails the class when the committed copy differs: a changed client can never leave a stale contract behind.
 */
public abstract class CommittedPacts implements AfterAllCallback {

    /** Relative to the module directory, where surefire runs the tests. */
    public static final Path GENERATED = Path.of("target", "pacts");
    public static final Path COMMITTED = Path.of("..", "docs", "contracts");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The consumer's name, e.g. {@code admin-frontend} (also the module directory). */
    protected abstract String consumer();

    public static Path committed(String consumer, String provider) {
        return COMMITTED.resolve(consumer + "-" + provider + ".json");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String provider = providerName(context.getRequiredTestClass());
        String file = consumer() + "-" + provider + ".json";
        Path generated = GENERATED.resolve(file);
        Path committed = committed(consumer(), provider);
        if (!Files.exists(generated)) {
            throw new AssertionError("Pact did not write " + generated.toAbsolutePath());
        }
        if (!Files.exists(committed) || !read(generated).equals(read(committed))) {
            throw new AssertionError("docs/contracts/" + file + " is not the contract the consumer tests now describe."
                    + " Review the difference and commit it (the provider's build verifies it):\n"
                    + "  cp " + consumer() + "/" + generated + " docs/contracts/\n  git diff docs/contracts/");
        }
    }

    /** The {@code providerName} of the class's {@code @PactTestFor} (read reflectively: no compile-time Pact here). */
    private static String providerName(Class<?> testClass) {
        for (Annotation annotation : testClass.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("PactTestFor")) {
                try {
                    Method providerName = annotation.annotationType().getMethod("providerName");
                    return (String) providerName.invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(testClass + " has no @PactTestFor");
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
