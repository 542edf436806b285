package com.zivah.quote.contract;

import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.zivah.testsupport.ContractSql;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.KeycloakResource;
import com.zivah.testsupport.PostgresResource;
import com.zivah.testsupport.RealKeycloakProfile;
import com.zivah.testsupport.StaffPactProviderContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Verifies the real quote-service (HTTP on the test port, real PostgreSQL and Kafka, real Keycloak tokens) against
 * what the staff application expects of it: every interaction of
 * {@code docs/contracts/admin-frontend-quote-service.json}, written by admin-frontend's {@code QuoteClientPactTest}.
 * Every request carries a MANAGER's access token, so the role checks run as in production.
 *
 * <p>Provider states are set up with SQL and describe everything the consumer sees: each one replaces the quotes
 * (resp. contact messages) with its fixed rows, so lists and statistics do not depend on what other test classes of
 * this JVM left behind, and a state can run before every interaction.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
@WithTestResource(KeycloakResource.class)
@Provider("quote-service")
@Consumer("admin-frontend")
@PactFolder("../docs/contracts")
class AdminFrontendPactVerificationTest extends StaffPactProviderContract {

    @Inject
    DataSource dataSource;

    /** Item id 1 goes into the pricing requests' body. */
    @State("quote ZQ-2026-000042 is pending")
    void pendingQuote() {
        sql(resetQuotes(), quote(42, "ZQ-2026-000042", "PENDING", 0, "null", "null", "null", "null", "null"),
                item(1, 42, "null", "null"), submitted(42));
    }

    @State("quote ZQ-2026-000043 is priced and processing")
    void pricedQuote() {
        sql(resetQuotes(),
                quote(43, "ZQ-2026-000043", "PROCESSING", 1, "current_date + 30", "'FOB Valencia'",
                        "'Cliente habitual'", "10.00", "now()"),
                item(2, 43, "12.50", "15000.00"), submitted(43), pricedHistory(43));
    }

    @State("contact message ZM-2026-000001 is open")
    void openContactMessage() {
        sql("delete from contact_message",
                """
                insert into contact_message (id, reference, name, email, phone, company, subject, message, locale,
                                             created_at)
                overriding system value
                values (1, 'ZM-2026-000001', 'Ana Beltrán', 'ana@importadorasol.es', '+34 600 123 456',
                        'Importadora Sol S.L.', 'Envíos a Chile', '¿Envían café verde a Valparaíso?', 'es',
                        timestamptz '2026-12-01 09:30:00Z')
                """);
    }

    private static String resetQuotes() {
        return "delete from quote"; // items, versions and timeline go with it (on delete cascade)
    }

    private static String quote(long id, String number, String status, int version, String validUntil, String terms,
                                String adminNotes, String discountPercent, String firstResponseAt) {
        return """
                insert into quote (id, quote_number, customer_name, customer_email, customer_phone, company, country,
                                   locale, message, status, version, currency, valid_until, terms, admin_notes,
                                   discount_percent, first_response_at, created_at, updated_at)
                overriding system value
                values (%d, '%s', 'Ana Beltrán', 'ana@importadorasol.es', '+34 600 123 456', 'Importadora Sol S.L.',
                        'ES', 'es', 'Entrega CIF Valencia', '%s', %d, 'EUR', %s, %s, %s, %s, %s,
                        timestamptz '2026-12-01 09:30:00Z', timestamptz '2026-12-01 09:30:00Z')
                """.formatted(id, number, status, version, validUntil, terms, adminNotes, discountPercent,
                firstResponseAt);
    }

    private static String item(long id, long quoteId, String quotedUnitPrice, String lineTotal) {
        return """
                insert into quote_item (id, quote_id, product_id, sku, product_name, unit, quantity, note, unit_price,
                                        currency, price_on_request, quoted_unit_price, total_price)
                overriding system value
                values (%d, %d, 101, 'CAF-ARA-G1', 'Café verde arábica grado 1', 'kg', 1200, 'Sacos de yute de 60 kg',
                        4.85, 'USD', false, %s, %s)
                """.formatted(id, quoteId, quotedUnitPrice, lineTotal);
    }

    private static String submitted(long quoteId) {
        return """
                insert into quote_timeline (quote_id, at, actor, kind, summary)
                values (%d, timestamptz '2026-12-01 09:30:00Z', 'buyer', 'SUBMITTED', 'Request for quote submitted')
                """.formatted(quoteId);
    }

    /** What pricing a pending quote records after its submission (admin-frontend writes it in the page language). */
    private static String pricedHistory(long quoteId) {
        return """
                insert into quote_timeline (quote_id, at, actor, kind, summary, details)
                values (%1$d, timestamptz '2026-12-01 10:00:00Z', 'manager', 'PRICED',
                        'Prices changed: total 13500.00 EUR',
                        '{"currency": {"old": "USD", "new": "EUR"}, "total": 13500.00}'::jsonb),
                       (%1$d, timestamptz '2026-12-01 10:00:01Z', 'manager', 'STATUS_CHANGED',
                        'PENDING → PROCESSING (START_PROCESSING)',
                        '{"action": "START_PROCESSING", "from": "PENDING", "to": "PROCESSING"}'::jsonb),
                       (%1$d, timestamptz '2026-12-01 10:00:02Z', 'manager', 'NOTE_CHANGED', 'Internal notes changed',
                        '{"old": null, "new": "Cliente habitual"}'::jsonb)
                """.formatted(quoteId);
    }

    /**
     * Runs the statements in one transaction, then moves the identity sequences past the fixed ids and the quote and
     * contact numbers past ours, so what other test classes of this JVM create later never collides with them.
     */
    private void sql(String... statements) {
        List<String> all = new ArrayList<>(List.of(statements));
        Stream.of("quote", "quote_item", "contact_message").map(ContractSql::identityPastMax).forEach(all::add);
        all.add("select setval('quote_number_seq', greatest(43, (select last_value from quote_number_seq)))");
        all.add("select setval('contact_message_reference_seq',"
                + " greatest(1, (select last_value from contact_message_reference_seq)))");
        ContractSql.execute(dataSource, all.toArray(String[]::new));
    }
}
