package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.awaitRecord;
import static com.zivah.quote.rest.QuoteStaffFixtures.assertAmount;
import static com.zivah.quote.rest.QuoteStaffFixtures.detail;
import static com.zivah.quote.rest.QuoteStaffFixtures.itemIds;
import static com.zivah.quote.rest.QuoteStaffFixtures.price;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricedAndSent;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricing;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static com.zivah.quote.rest.QuoteStaffFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.quote.event.QuoteSent;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /api/quotes/{number}/send: one transaction freezes the version, sets SENT and enqueues QuoteSent v1. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteSendTest {

    /** Decimals as written (2425.20 stays 2425.20). */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static ConsumerRecord<String, String> sentEvent(String number, int version) {
        return awaitRecord(QuoteSent.TOPIC, r -> r.key().equals(number) && r.value().contains("\"version\":" + version + ","),
                Duration.ofSeconds(20));
    }

    static long outboxRows(String number) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from outbox_event where topic = ?1 and event_key = ?2")
                .setParameter(1, QuoteSent.TOPIC).setParameter(2, number).getSingleResult()).longValue());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void sendingFreezesVersionOneAndPublishesAConformingEventWithThePdf() throws Exception {
        String number = rfq("Ana Pérez", "es", 500, 2);
        price(number, pricing(0, "5", today().plusDays(30), itemIds(number), "4.85", "0.10"));
        JsonPath sent = given().contentType("application/json").body("{\"version\":1}")
                .when().post("/api/quotes/" + number + "/send")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("SENT", sent.getString("status"));
        assertEquals(List.of("CLOSE", "CANCEL", "REOPEN"), sent.getList("allowedActions"));
        assertEquals(1, sent.getInt("sentVersions[0].version"));
        assertEquals("maria", sent.getString("sentVersions[0].sentBy"));
        assertAmount("2303.94", sent.get("sentVersions[0].total"));

        ConsumerRecord<String, String> record = sentEvent(number, 1);
        EventContracts.assertConforms(EventContracts.QUOTE_SENT_V1, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals("QuoteSent", new String(record.headers().lastHeader("event-type").value()));
        assertEquals("es", event.get("locale").asText());
        assertEquals(number + "-v1.pdf", event.at("/pdf/fileName").asText());
        assertEquals(new BigDecimal("2425.20"), event.get("subtotal").decimalValue());
        assertEquals(new BigDecimal("121.26"), event.get("discountAmount").decimalValue());
        assertEquals(new BigDecimal("2303.94"), event.get("total").decimalValue());
        assertEquals("nota 0", event.at("/items/0/note").asText());
        byte[] pdf = Base64.getDecoder().decode(event.at("/pdf/base64").asText());
        assertEquals(sha256(pdf), event.at("/pdf/sha256").asText());
        assertEquals(pdf.length, event.at("/pdf/sizeBytes").asInt());

        byte[] stored = given().when().get("/api/quotes/" + number + "/versions/1/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, stored, "the exact bytes mailed");
        JsonNode snapshot = JSON.readTree(given().when().get("/api/quotes/" + number + "/versions/1")
                .then().statusCode(200).extract().asString());
        ((ObjectNode) event.get("pdf")).remove("base64");
        assertEquals(event, snapshot, "the snapshot is the event without the PDF's base64");
        given().when().get("/api/quotes/" + number + "/versions/2").then().statusCode(404);
        given().when().get("/api/quotes/" + number + "/versions").then().statusCode(200)
                .body("version", hasItems(1)).body("currency", hasItem("EUR"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aRepricedQuoteSendsVersionTwoAndVersionOneNeverChanges() throws Exception {
        String number = rfq("Ana", "en", 3);
        JsonPath v1 = pricedAndSent(number, "1.00");
        String snapshot1 = given().when().get("/api/quotes/" + number + "/versions/1").then().statusCode(200)
                .extract().asString();
        byte[] pdf1 = given().when().get("/api/quotes/" + number + "/versions/1/pdf").then().statusCode(200)
                .extract().asByteArray();

        JsonPath reopened = given().contentType("application/json")
                .body("{\"action\":\"REOPEN\",\"version\":" + v1.getInt("version") + "}")
                .when().post("/api/quotes/" + number + "/transitions").then().statusCode(200).extract().jsonPath();
        assertEquals("PROCESSING", reopened.getString("status"));
        JsonPath v2 = pricedAndSent(number, "2.00");
        assertEquals(2, v2.getList("sentVersions").size());
        assertAmount("6.00", v2.get("sentVersions[1].total"));

        assertEquals(snapshot1, given().when().get("/api/quotes/" + number + "/versions/1").then().extract().asString());
        assertArrayEquals(pdf1, given().when().get("/api/quotes/" + number + "/versions/1/pdf").then().extract().asByteArray());
        JsonNode second = JSON.readTree(sentEvent(number, 2).value());
        EventContracts.assertConforms(EventContracts.QUOTE_SENT_V1, sentEvent(number, 2).value());
        assertEquals(new BigDecimal("6.00"), second.get("total").decimalValue());
        assertEquals("en", second.get("locale").asText());
        assertTrue(!second.get("eventId").equals(JSON.readTree(sentEvent(number, 1).value()).get("eventId")));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aDoubleClickOnSendIsOneVersionOneEventAndA409() throws Exception {
        String number = rfq("Ana", "es", 3);
        int version = price(number, pricing(0, "null", today().plusDays(3), itemIds(number), "1.00")).getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(() -> given().contentType("application/json").body("{\"version\":" + version + "}")
                        .when().post("/api/quotes/" + number + "/send").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(clicks)) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        sentEvent(number, 1);
        assertEquals(1, outboxRows(number), "one QuoteSent");
        assertEquals(1, detail(number).getList("sentVersions").size());
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void onlyAFullyPricedProcessingQuoteWithAValidDateIsSent() {
        String number = rfq("Ana", "es", 3, 4);
        given().contentType("application/json").body("{\"version\":0}")
                .when().post("/api/quotes/" + number + "/send")
                .then().statusCode(409).contentType("application/problem+json").body("errors.field", hasItem("status"));
        int version = price(number, pricing(0, "null", null, itemIds(number), "1.00", "null")).getInt("version");
        given().contentType("application/json").body("{\"version\":" + version + "}")
                .when().post("/api/quotes/" + number + "/send")
                .then().statusCode(400).body("errors.field", hasItems("items[1].unitPrice", "validUntil"));
        given().contentType("application/json").body("{\"version\":" + (version - 1) + "}")
                .when().post("/api/quotes/" + number + "/send")
                .then().statusCode(409).body("errors.field", hasItem("version"));
        given().contentType("application/json").body("{}")
                .when().post("/api/quotes/" + number + "/send")
                .then().statusCode(400).body("errors.field", hasItem("version"));
        assertEquals(0, outboxRows(number));
        assertEquals("PROCESSING", detail(number).getString("status"));
    }
}
