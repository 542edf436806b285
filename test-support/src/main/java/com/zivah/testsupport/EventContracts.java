package com.zivah.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The event contracts of {@code docs/events}: one JSON Schema and one example per event version
 * ({@code <Event>.v<n>.schema.json}, {@code <Event>.v<n>.example.json}), on the test classpath under
 * {@code zivah-events/}. The producer's tests validate what it really publishes; every consumer's tests validate
 * what they feed their consumer, so neither side can drift from the schema.
 */
public final class EventContracts {

    public static final String PRODUCT_CHANGED_V1 = "ProductChanged.v1";
    public static final String QUOTE_SUBMITTED_V1 = "QuoteSubmitted.v1";
    public static final String CONTACT_MESSAGE_RECEIVED_V1 = "ContactMessageReceived.v1";
    public static final String QUOTE_SENT_V1 = "QuoteSent.v1";
    public static final String SITE_SETTING_CHANGED_V1 = "SiteSettingChanged.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** The example document of {@code contract} (e.g. {@link #QUOTE_SUBMITTED_V1}), as text. */
    public static String example(String contract) {
        return read(contract + ".example.json");
    }

    /** The violations of {@code json} against the schema of {@code contract}; empty when it conforms. */
    public static Set<String> violations(String contract, String json) {
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
        Set<ValidationMessage> messages = schema(contract).validate(document);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Fails with every violation when {@code json} does not conform to the schema of {@code contract}. */
    public static void assertConforms(String contract, String json) {
        Set<String> violations = violations(contract, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(contract + " violated: " + violations + "\n in " + json);
        }
    }

    private static JsonSchema schema(String contract) {
        return SCHEMAS.computeIfAbsent(contract, name -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(read(name + ".schema.json"), config);
        });
    }

    private static String read(String file) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream("zivah-events/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No event contract docs/events/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
