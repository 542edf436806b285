package com.zivah.notification.contract;

import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.zivah.testsupport.ContractSql;
import com.zivah.testsupport.GreenMailResource;
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
import javax.sql.DataSource;

/**
 * Verifies the real notification-service (HTTP on the test port, real PostgreSQL, Kafka and SMTP, real Keycloak
 * tokens) against what the staff application expects of its delivery log: every interaction of
 * {@code docs/contracts/admin-frontend-notification-service.json}, written by admin-frontend's
 * {@code NotificationClientPactTest}. Every request carries a MANAGER's access token, so the role checks run as in
 * production. Provider states are set up through SQL only: the delivery row the QuoteSent consumer would have
 * written and the sender then marked sent.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(KeycloakResource.class)
@Provider("notification-service")
@Consumer("admin-frontend")
@PactFolder("../docs/contracts")
class AdminFrontendPactVerificationTest extends StaffPactProviderContract {

    @Inject
    DataSource dataSource;

    @State("the quote ZQ-2026-000042 was sent and its mail delivered")
    void quoteSentMailDelivered() {
        ContractSql.execute(dataSource,
                // the attachment goes with its delivery (on delete cascade)
                "delete from mail_delivery where id = 7 or quote_number = 'ZQ-2026-000042'",
                """
                insert into mail_delivery (id, event_id, kind, template, recipient, recipient_key, subject, locale,
                                           status, attempts, quote_number, quote_version, attachment_name,
                                           html_body, text_body, created_at, admitted_at, updated_at, sent_at)
                overriding system value
                values (7, '0b7f6a52-4c1e-4d0a-9f3e-2a6c1d8e0042', 'QUOTE_SENT', 'quote-sent', 'ana@importadorasol.es',
                        'ana@importadorasol.es', 'Su cotización ZQ-2026-000042', 'es', 'SENT', 1, 'ZQ-2026-000042', 1,
                        'ZQ-2026-000042-v1.pdf', '<p>Su cotización</p>', 'Su cotización',
                        timestamptz '2026-12-01 10:00:00Z', timestamptz '2026-12-01 10:00:00Z',
                        timestamptz '2026-12-01 10:00:02Z', timestamptz '2026-12-01 10:00:02Z')
                """,
                """
                insert into mail_attachment (delivery_id, file_name, content_type, content, sha256)
                values (7, 'ZQ-2026-000042-v1.pdf', 'application/pdf', convert_to('%PDF-1.7', 'UTF8'),
                        encode(sha256(convert_to('%PDF-1.7', 'UTF8')), 'hex'))
                """,
                ContractSql.identityPastMax("mail_delivery"));
    }

    /** The deliveries page's log: the newest mail failed for good (3 attempts, its error), an older one was sent. */
    @State("delivery 7 failed and delivery 8 was sent")
    void oneFailedOneSent() {
        ContractSql.execute(dataSource,
                "delete from mail_delivery",
                """
                insert into mail_delivery (id, event_id, kind, template, recipient, recipient_key, subject, locale,
                                           status, attempts, last_error, quote_number, quote_version, attachment_name,
                                           html_body, text_body, created_at, admitted_at, updated_at, sent_at)
                overriding system value
                values (7, '5d0c1f3e-8a47-4e4b-b1a2-7c9e2f0a0007', 'QUOTE_CONFIRMATION', 'quote-confirmation',
                        'ana@importadorasol.es', 'ana@importadorasol.es', 'Hemos recibido su solicitud ZQ-2026-000042',
                        'es', 'FAILED', 3, '550 5.1.1 mailbox unavailable', 'ZQ-2026-000042', null, null,
                        '<p>Hemos recibido su solicitud</p>', 'Hemos recibido su solicitud',
                        timestamptz '2026-12-01 11:00:00Z', timestamptz '2026-12-01 11:00:00Z',
                        timestamptz '2026-12-01 11:20:00Z', null),
                       (8, '5d0c1f3e-8a47-4e4b-b1a2-7c9e2f0a0008', 'QUOTE_SENT', 'quote-sent', 'luis@cafesdelsur.es',
                        'luis@cafesdelsur.es', 'Su cotización ZQ-2026-000043', 'es', 'SENT', 1, null,
                        'ZQ-2026-000043', 1, 'ZQ-2026-000043-v1.pdf', '<p>Su cotización</p>', 'Su cotización',
                        timestamptz '2026-12-01 10:00:00Z', timestamptz '2026-12-01 10:00:00Z',
                        timestamptz '2026-12-01 10:00:02Z', timestamptz '2026-12-01 10:00:02Z')
                """,
                ContractSql.identityPastMax("mail_delivery"));
    }
}
