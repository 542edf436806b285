package com.zivah.quote.service;

import static com.zivah.quote.QuoteTestSupport.awaitRecord;
import static com.zivah.quote.QuoteTestSupport.send;
import static com.zivah.quote.rest.QuoteStaffFixtures.detail;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricedAndSent;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static com.zivah.quote.rest.QuoteStaffFixtures.today;
import static com.zivah.quote.service.QuotePdfTest.sentPdf;
import static com.zivah.quote.service.QuotePdfTest.text;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.platform.settings.SiteSetting;
import com.zivah.platform.settings.SiteSettingChanged;
import com.zivah.platform.settings.SiteSettingRepository;
import com.zivah.platform.settings.SiteSettings;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The quote PDF's company header is the catalog's site settings (platform-settings' snapshot of
 * {@code zivah.catalog.setting.v1}, real Kafka + PostgreSQL): the config default until the key was heard, the newest
 * version after, an older version changes nothing, a sent version's PDF stays as it was sent.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuotePdfSiteSettingsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** application.properties' zivah.site-settings.defaults.company-name (QuotePdfTest expects it too). */
    private static final String DEFAULT_NAME = "ZIVAH Trading S.A.";

    @Inject
    SiteSettingRepository settings;

    /** A SiteSettingChanged v1 of a TEXT setting, shaped like docs/events' example and validated against the schema. */
    static String setting(String key, String value, long version) {
        return setting(key, "TEXT", JSON.getNodeFactory().textNode(value), version);
    }

    static String setting(String key, String type, JsonNode value, long version) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", Instant.now().toString());
        event.put("key", key);
        event.put("type", type);
        event.set("value", value);
        event.put("public", true);
        event.put("version", version);
        String json = event.toString();
        EventContracts.assertConforms(EventContracts.SITE_SETTING_CHANGED_V1, json);
        return json;
    }

    static void publish(String key, String value, long version) {
        send(SiteSettingChanged.TOPIC, key, setting(key, value, version));
    }

    private Long heardVersion(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SiteSetting row = settings.findById(key);
            return row == null ? null : row.version;
        });
    }

    private void awaitVersion(String key, long version) {
        await().atMost(WAIT).until(() -> Long.valueOf(version).equals(heardVersion(key)));
    }

    private static String preview(String number) throws IOException {
        return text(given().when().get("/api/quotes/" + number + "/preview.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void theHeaderFollowsTheNewestCompanyNameAndASentVersionStaysAsSent() throws IOException {
        // before any record of the key: the config default
        assertEquals(null, heardVersion(SiteSettings.COMPANY_NAME), "nothing heard yet in this JVM");
        String sent = rfq("Ana Pérez", "es", 2);
        pricedAndSent(sent, "10.00");
        byte[] asSent = sentPdf(sent);
        assertTrue(text(asSent).contains(DEFAULT_NAME), text(asSent));
        String draft = rfq("Luis Gómez", "es", 1);
        assertTrue(preview(draft).contains(DEFAULT_NAME));

        String renamed = "Nueva Razón Social S.L. " + UUID.randomUUID().toString().substring(0, 8);
        try {
            publish(SiteSettings.COMPANY_NAME, renamed, 100);
            awaitVersion(SiteSettings.COMPANY_NAME, 100);
            String header = preview(draft);
            assertTrue(header.contains(renamed), header);
            assertFalse(header.contains(DEFAULT_NAME), header);

            // an older version of the key, then a newer one of the same value on the same key (same partition, so
            // the old one was handled first once the newer one is in): the old one changed nothing
            publish(SiteSettings.COMPANY_NAME, "Nombre antiguo S.A.", 99);
            publish(SiteSettings.COMPANY_NAME, renamed, 101);
            awaitVersion(SiteSettings.COMPANY_NAME, 101);
            header = preview(draft);
            assertTrue(header.contains(renamed), header);
            assertFalse(header.contains("Nombre antiguo"), header);

            // the sent version's PDF is its stored bytes: the header it was sent with
            assertArrayEquals(asSent, sentPdf(sent), "a sent version is never re-rendered");
            // a new version renders with the new header
            String later = rfq("Eva Ruiz", "en", 1);
            pricedAndSent(later, "5.00");
            assertTrue(text(sentPdf(later)).contains(renamed));
        } finally {
            // the JVM's Kafka and database are shared by the test classes: leave the default's text in force
            publish(SiteSettings.COMPANY_NAME, DEFAULT_NAME, 102);
            awaitVersion(SiteSettings.COMPANY_NAME, 102);
        }
    }

    @Test
    void aPoisonSettingGoesToTheDeadLetterTopicAndTheNextRecordIsStillApplied() {
        String key = "hero-title-" + UUID.randomUUID().toString().substring(0, 8);
        String poison = "{not json at all " + UUID.randomUUID();
        send(SiteSettingChanged.TOPIC, key, poison);
        String noVersion = setting(key, "sin versión", 1).replaceFirst(",\"version\":1", "");
        assertFalse(EventContracts.violations(EventContracts.SITE_SETTING_CHANGED_V1, noVersion).isEmpty(), noVersion);
        send(SiteSettingChanged.TOPIC, key, noVersion);
        publish(key, "Bienvenido", 1);

        ConsumerRecord<String, String> dead = awaitRecord("zivah.quote.dlq", r -> poison.equals(r.value()), WAIT);
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the DLQ record says why");
        awaitRecord("zivah.quote.dlq", r -> noVersion.equals(r.value()), WAIT);
        awaitVersion(key, 1);
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void theDetailProposesTheDefaultCurrencyAndValidityAndABadNumberFallsBack() {
        String number = rfq("Ana", "es", 1);
        assertEquals("EUR", detail(number).getString("proposed.currency"), "the config default before any record");
        assertEquals(today().plusDays(30).toString(), detail(number).getString("proposed.validUntil"));

        publish(SiteSettings.DEFAULT_CURRENCY, "USD", 7);
        send(SiteSettingChanged.TOPIC, SiteSettings.QUOTE_VALIDITY_DAYS, setting(SiteSettings.QUOTE_VALIDITY_DAYS,
                "NUMBER", JSON.getNodeFactory().numberNode(45), 7));
        awaitVersion(SiteSettings.DEFAULT_CURRENCY, 7);
        awaitVersion(SiteSettings.QUOTE_VALIDITY_DAYS, 7);
        assertEquals("USD", detail(number).getString("proposed.currency"));
        assertEquals(today().plusDays(45).toString(), detail(number).getString("proposed.validUntil"));

        // a value of the wrong shape never breaks the detail: the default, and a WARN
        publish(SiteSettings.QUOTE_VALIDITY_DAYS, "treinta", 8);
        publish(SiteSettings.DEFAULT_CURRENCY, "dólares", 8);
        awaitVersion(SiteSettings.QUOTE_VALIDITY_DAYS, 8);
        awaitVersion(SiteSettings.DEFAULT_CURRENCY, 8);
        assertEquals("EUR", detail(number).getString("proposed.currency"));
        assertEquals(today().plusDays(30).toString(), detail(number).getString("proposed.validUntil"));
    }
}
