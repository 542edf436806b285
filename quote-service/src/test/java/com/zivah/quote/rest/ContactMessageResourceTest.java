package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.awaitRecord;
import static com.zivah.quote.QuoteTestSupport.rows;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.quote.event.ContactMessageReceived;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/contact-messages (public) and the staff list, detail and "handled". */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class ContactMessageResourceTest {

    static final String REFERENCE = "ZM-\\d{4}-\\d{6}";

    @Inject
    ObjectMapper json;

    static String body(String subject) {
        return """
                {"name":"Ana Pérez","email":"ana.perez@example.com","phone":"+34 600 123 456",
                 "company":"Importaciones Pérez SL","subject":"%s","message":"¿Pueden enviarnos muestras?",
                 "locale":"en"}
                """.formatted(subject);
    }

    static String send(String subject) {
        return given().contentType("application/json").body(body(subject))
                .when().post("/api/contact-messages")
                .then().statusCode(201).extract().path("reference");
    }

    @Test
    void aContactMessageIsStoredAndPublishedAsContactMessageReceived() throws Exception {
        String requestId = "contact-" + System.nanoTime();
        ExtractableResponse<Response> created = given().header("X-Request-Id", requestId)
                .contentType("application/json").body(body("Muestras"))
                .when().post("/api/contact-messages")
                .then().statusCode(201)
                .body("reference", matchesPattern(REFERENCE))
                .body("createdAt", notNullValue())
                .extract();
        String reference = created.path("reference");
        assertTrue(reference.startsWith("ZM-" + Year.now(ZoneOffset.UTC) + "-"), reference);
        assertEquals("/api/contact-messages/" + reference, created.header("Location"), "a relative Location");

        ConsumerRecord<String, String> record = awaitRecord(ContactMessageReceived.TOPIC,
                r -> reference.equals(r.key()), Duration.ofSeconds(30));
        EventContracts.assertConforms(EventContracts.CONTACT_MESSAGE_RECEIVED_V1, record.value());
        assertEquals("ContactMessageReceived", new String(record.headers().lastHeader("event-type").value()));
        assertEquals(requestId, new String(record.headers().lastHeader("request-id").value()));
        JsonNode event = json.readTree(record.value());
        assertEquals(new String(record.headers().lastHeader("event-id").value()), event.get("eventId").asText());
        assertEquals(reference, event.get("reference").asText());
        assertEquals("en", event.get("locale").asText());
        assertEquals("ana.perez@example.com", event.at("/sender/email").asText());
        assertEquals("Importaciones Pérez SL", event.at("/sender/company").asText());
        assertEquals("Muestras", event.get("subject").asText());
        assertEquals("¿Pueden enviarnos muestras?", event.get("message").asText());
        assertEquals(created.path("createdAt").toString(), event.get("occurredAt").asText());
        assertTrue(event.get("messageId").asLong() > 0);
    }

    @Test
    void theContractExampleIsValid() {
        EventContracts.assertConforms(EventContracts.CONTACT_MESSAGE_RECEIVED_V1, EventContracts.example(EventContracts.CONTACT_MESSAGE_RECEIVED_V1));
    }

    @Test
    void withoutLocaleOrOptionalFieldsTheMessageIsSpanishWithNulls() {
        String reference = given().contentType("application/json")
                .body("{\"name\":\"Luis\",\"email\":\"luis@example.com\",\"phone\":\" \",\"subject\":\"Hola\","
                        + "\"message\":\"Una pregunta\"}")
                .when().post("/api/contact-messages")
                .then().statusCode(201).extract().path("reference");
        ConsumerRecord<String, String> record = awaitRecord(ContactMessageReceived.TOPIC,
                r -> reference.equals(r.key()), Duration.ofSeconds(30));
        EventContracts.assertConforms(EventContracts.CONTACT_MESSAGE_RECEIVED_V1, record.value());
        assertTrue(record.value().contains("\"locale\":\"es\""), record.value());
        assertTrue(record.value().contains("\"phone\":null"), record.value());
        assertTrue(record.value().contains("\"company\":null"), record.value());
    }

    static Stream<Arguments> invalidBodies() {
        String ok = "\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\"S\",\"message\":\"M\"";
        return Stream.of(
                Arguments.of("missing name", "{\"email\":\"ana@example.com\",\"subject\":\"S\",\"message\":\"M\"}", "name"),
                Arguments.of("blank subject", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\" \","
                        + "\"message\":\"M\"}", "subject"),
                Arguments.of("missing message", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\"S\"}",
                        "message"),
                Arguments.of("bad email", "{\"name\":\"Ana\",\"email\":\"ana-at-example\",\"subject\":\"S\","
                        + "\"message\":\"M\"}", "email"),
                Arguments.of("subject too long", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\""
                        + "s".repeat(201) + "\",\"message\":\"M\"}", "subject"),
                Arguments.of("message too long", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\"S\","
                        + "\"message\":\"" + "m".repeat(5001) + "\"}", "message"),
                Arguments.of("phone too long", "{" + ok + ",\"phone\":\"" + "1".repeat(51) + "\"}", "phone"),
                Arguments.of("locale not es/en", "{" + ok + ",\"locale\":\"de\"}", "locale"),
                Arguments.of("subject of the wrong type", "{\"name\":\"Ana\",\"email\":\"ana@example.com\","
                        + "\"subject\":[1],\"message\":\"M\"}", "subject"),
                Arguments.of("NUL in message", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"subject\":\"S\","
                        + "\"message\":\"a\\u0000b\"}", "message"),
                Arguments.of("malformed JSON", "{\"name\": nope}", "body"),
                Arguments.of("empty body", "", "body"),
                Arguments.of("an array", "[1,2]", "body"),
                Arguments.of("trailing garbage", "{" + ok + "} xyz", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void anInvalidMessageIsA400NamingTheFieldAndSavesNothing(String name, String body, String field) {
        long messages = rows("contact_message");
        long events = rows("outbox_event");
        given().contentType("application/json").body(body)
                .when().post("/api/contact-messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("instance", endsWith("/api/contact-messages"))
                .body("errors.field", hasItem(field));
        assertEquals(messages, rows("contact_message"));
        assertEquals(events, rows("outbox_event"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aManagerListsReadsAndMarksAMessageHandled() {
        String older = send("Primero " + System.nanoTime());
        String newer = send("Segundo " + System.nanoTime());
        given().when().get("/api/contact-messages?handled=false&size=100")
                .then().statusCode(200)
                .body("items[0].reference", equalTo(newer))
                .body("items[1].reference", equalTo(older))
                .body("items.handled", everyItem(equalTo(false)))
                .body("items[0].email", equalTo("ana.perez@example.com"));
        given().when().get("/api/contact-messages/" + older)
                .then().statusCode(200)
                .body("reference", equalTo(older))
                .body("phone", equalTo("+34 600 123 456"))
                .body("message", equalTo("¿Pueden enviarnos muestras?"))
                .body("handled", equalTo(false))
                .body("handledAt", nullValue());
        String handledAt = given().when().post("/api/contact-messages/" + older + "/handled")
                .then().statusCode(200)
                .body("handled", equalTo(true))
                .body("handledBy", equalTo("mara"))
                .body("handledAt", notNullValue())
                .extract().path("handledAt");
        given().when().post("/api/contact-messages/" + older + "/handled")
                .then().statusCode(200).body("handledAt", equalTo(handledAt));
        given().when().get("/api/contact-messages?handled=true&size=100")
                .then().statusCode(200)
                .body("items.reference", hasItem(older))
                .body("items.handled", everyItem(equalTo(true)));
        given().when().get("/api/contact-messages?handled=false&size=100")
                .then().statusCode(200).body("items.reference", not(hasItem(older)));
        given().when().get("/api/contact-messages?size=100")
                .then().statusCode(200).body("items.reference", hasItem(older)).body("items.reference", hasItem(newer));
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void aViewerReadsButCannotMarkHandled() {
        String reference = send("Viewer " + System.nanoTime());
        given().when().get("/api/contact-messages/" + reference).then().statusCode(200);
        given().when().post("/api/contact-messages/" + reference + "/handled")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/contact-messages/ZM-1999-000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/contact-messages?handled=maybe")
                .then().statusCode(400).body("errors.field", hasItem("handled"));
        given().when().get("/api/contact-messages?size=1000")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void anAdminMarksAnUnknownMessageA404() {
        given().when().post("/api/contact-messages/ZM-1999-000000/handled")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersCanSendButNotRead() {
        given().when().get("/api/contact-messages").then().statusCode(401);
        given().when().get("/api/contact-messages/ZM-2026-000001").then().statusCode(401);
        given().when().post("/api/contact-messages/ZM-2026-000001/handled").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "bob", roles = "BUYER")
    void otherRolesAreForbidden() {
        given().when().get("/api/contact-messages").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/contact-messages/ZM-2026-000001").then().statusCode(403);
        given().when().post("/api/contact-messages/ZM-2026-000001/handled").then().statusCode(403);
    }
}
