package com.zivah.catalog.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javax.sql.DataSource;

/**
 * Verifies the real catalog-service (HTTP on the test port, demo catalog loaded at startup, real PostgreSQL and
 * Kafka, real Keycloak tokens) against what the staff application expects of its staff API: every interaction of
 * {@code docs/contracts/admin-frontend-catalog-service.json}, written by admin-frontend's
 * {@code CatalogStaffClientPactTest}. Every request carries a MANAGER's access token, so the role checks run as in
 * production. Provider states are set up through SQL only (product 1 is the demo catalog's first product).
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@WithTestResource(KeycloakResource.class)
@Provider("catalog-service")
@Consumer("admin-frontend")
@PactFolder("../docs/contracts")
class AdminFrontendPactVerificationTest extends StaffPactProviderContract {

    @Inject
    DataSource dataSource;

    @State("the demo catalog is loaded")
    void demoCatalog() {
        assertTrue(ContractSql.count(dataSource, "select count(*) from product where active") > 12,
                "the demo catalog (more than one page of active products) is loaded at startup");
    }

    @State("product 1 exists at version 1")
    void productAtVersionOne() {
        productVersion(1);
    }

    /** The consumer then sends an edit based on version 1. */
    @State("product 1 was changed since version 1")
    void productChangedSinceVersionOne() {
        productVersion(2);
    }

    @State("the catalog's activity log has an entry")
    void activityEntry() {
        ContractSql.execute(dataSource,
                "delete from activity_log where id = 1",
                """
                insert into activity_log (id, occurred_at, actor, actor_roles, action, entity_type, entity_id,
                                          old_value, new_value, client_ip, user_agent, request_id)
                overriding system value
                values (1, timestamptz '2026-12-01 10:15:00Z', 'mara', 'MANAGER', 'product.updated', 'product', '1',
                        '{"stockQuantity": 12000}'::jsonb, '{"stockQuantity": 11000}'::jsonb, '203.0.113.7',
                        'Mozilla/5.0', 'req-1')
                """,
                ContractSql.identityPastMax("activity_log"));
    }

    private void productVersion(long version) {
        assertEquals(1, ContractSql.update(dataSource,
                "update product set version = " + version + ", active = true where id = 1"),
                "product 1 (the demo catalog's first) exists");
    }
}
