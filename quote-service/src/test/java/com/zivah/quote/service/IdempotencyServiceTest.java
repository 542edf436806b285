package com.zivah.quote.service;

import static com.zivah.quote.QuoteTestSupport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.api.ContactMessageRequest;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class IdempotencyServiceTest {

    @Inject
    IdempotencyService idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    static ContactMessageRequest request(String subject) {
        return new ContactMessageRequest("Ana", "ana@example.com", null, null, subject, "Hola", "es");
    }

    @Test
    void theHashIsOfTheParsedRequestNotOfItsText() throws Exception {
        ContactMessageRequest a = json.readValue("{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\"S\","
                + "\"message\":\"Hola\",\"locale\":\"es\"}", ContactMessageRequest.class);
        ContactMessageRequest b = json.readValue("{ \"locale\" : \"es\", \"message\":\"Hola\",\n \"subject\":\"S\","
                + "\"email\":\"ana@example.com\", \"name\":\"Ana\", \"phone\":null }", ContactMessageRequest.class);
        assertEquals(idempotency.hash(a), idempotency.hash(b));
        assertNotEquals(idempotency.hash(a), idempotency.hash(request("T")));
        assertEquals(64, idempotency.hash(a).length());
    }

    @Test
    void aKeyIsClaimedOnceThenReplaysAndAnotherBodyIsRefused() {
        String key = "svc-" + UUID.randomUUID();
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> {
            Optional<String> claim = idempotency.claim(IdempotencyService.Scope.CONTACT, key, request("S"));
            idempotency.complete(IdempotencyService.Scope.CONTACT, key, "ZM-2026-999999");
            return claim;
        }));
        assertEquals(Optional.of("ZM-2026-999999"), QuarkusTransaction.requiringNew().call(() ->
                idempotency.claim(IdempotencyService.Scope.CONTACT, key, request("S"))));
        ProblemException refused = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> idempotency.claim(IdempotencyService.Scope.CONTACT, key, request("other"))));
        assertEquals(422, refused.status());
        assertEquals("Idempotency-Key", refused.errors().get(0).field());
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() ->
                idempotency.claim(IdempotencyService.Scope.QUOTE, key, request("S"))), "another scope, another key");
    }

    @Test
    void keysOlderThanTheRetentionArePurged() {
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            idempotency.claim(IdempotencyService.Scope.QUOTE, old, request("S"));
            idempotency.complete(IdempotencyService.Scope.QUOTE, old, "ZQ-2026-999998");
            idempotency.claim(IdempotencyService.Scope.QUOTE, fresh, request("S"));
            idempotency.complete(IdempotencyService.Scope.QUOTE, fresh, "ZQ-2026-999997");
            em.createNativeQuery("update idempotency_key set created_at = now() - interval '24 hours 1 minute' "
                    + "where idem_key = ?1").setParameter(1, old).executeUpdate();
        });
        long before = rows("idempotency_key");
        int purged = QuarkusTransaction.requiringNew().call(() -> idempotency.purge());
        assertTrue(purged >= 1, "the old key is purged");
        assertEquals(before - purged, rows("idempotency_key"));
        assertEquals(Optional.of("ZQ-2026-999997"), QuarkusTransaction.requiringNew().call(() ->
                idempotency.claim(IdempotencyService.Scope.QUOTE, fresh, request("S"))), "a fresh key stays");
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> {
            Optional<String> claim = idempotency.claim(IdempotencyService.Scope.QUOTE, old, request("other"));
            idempotency.complete(IdempotencyService.Scope.QUOTE, old, "ZQ-2026-999996");
            return claim;
        }), "a purged key is new again");
    }

    @Test
    void aKeyOlderThanTheRetentionIsForgottenEvenBeforeThePurge() {
        String key = "expired-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            idempotency.claim(IdempotencyService.Scope.QUOTE, key, request("S"));
            idempotency.complete(IdempotencyService.Scope.QUOTE, key, "ZQ-2026-999995");
            em.createNativeQuery("update idempotency_key set created_at = now() - interval '25 hours' "
                    + "where idem_key = ?1").setParameter(1, key).executeUpdate();
        });
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() ->
                idempotency.claim(IdempotencyService.Scope.QUOTE, key, request("another body"))));
    }

    @Test
    void theHeaderIsCheckedBeforeAnything() {
        assertEquals(Optional.empty(), idempotency.parse(null));
        assertEquals(Optional.of("0123456789abcdef"), idempotency.parse("0123456789abcdef"));
        ProblemException e = assertThrows(ProblemException.class, () -> idempotency.parse("0123456789abcde"));
        assertEquals(400, e.status());
        assertEquals("Idempotency-Key", e.errors().get(0).field());
    }
}
