package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.awaitRecord;
import static com.zivah.quote.QuoteTestSupport.pricedProduct;
import static com.zivah.quote.QuoteTestSupport.product;
import static com.zivah.quote.QuoteTestSupport.rows;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.quote.event.QuoteSubmitted;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteSubmitTest {

    static final String NUMBER = "ZQ-\\d{4}-\\d{6}";

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/quotes")
    URL quotesUrl;

    static long coffee;
    static long cocoa;
    static long retired;

    @BeforeEach
    void products() {
        if (coffee == 0) {
            coffee = product("ZV-CAF-001", "Café verde arábica grado 1", "Green arabica coffee, grade 1", "kg", true);
            cocoa = product("ZV-CAC-002", "Cacao en grano", "Cocoa beans", "t", true);
            retired = product("ZV-OLD-003", "Producto retirado", "Retired product", "kg", false);
        }
    }

    static String body(String locale, long... productIds) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < productIds.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"productId\":").append(productIds[i]).append(",\"quantity\":")
                    .append(500 + i).append('}');
        }
        return """
                {"customer":{"name":"Ana Pérez","email":"ana.perez@example.com","phone":"+34 600 123 456",
                 "company":"Importaciones Pérez SL","country":"ES"},
                 "locale":"%s","message":"Entrega CIF Valencia, por favor.","items":[%s]}
                """.formatted(locale, items);
    }

    @Test
    void submittingAQuoteStoresItAndPublishesQuoteSubmitted() throws Exception {
        String requestId = "submit-" + System.nanoTime();
        ExtractableResponse<Response> created = given().header("X-Request-Id", requestId)
                .contentType("application/json").body(body("en", coffee, cocoa))
                .when().post("/api/quotes")
                .then().statusCode(201)
                .body("quoteNumber", matchesPattern(NUMBER))
                .body("status", equalTo("PENDING"))
                .body("itemCount", equalTo(2))
                .body("createdAt", notNullValue())
                .extract();
        String number = created.path("quoteNumber");
        assertTrue(created.header("Location").endsWith("/api/quotes/" + number), created.header("Location"));
        assertTrue(number.startsWith("ZQ-" + Year.now(ZoneOffset.UTC) + "-"), number);

        ConsumerRecord<String, String> record = awaitRecord(QuoteSubmitted.TOPIC, r -> number.equals(r.key()),
                Duration.ofSeconds(30));
        assertEquals("QuoteSubmitted", header(record, "event-type"));
        assertEquals(requestId, header(record, "request-id"), "the request id travels with the event");
        EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, record.value());
        JsonNode event = json.readTree(record.value());
        assertEquals(header(record, "event-id"), event.get("eventId").asText());
        assertEquals(number, event.get("quoteNumber").asText());
        assertEquals("en", event.get("locale").asText());
        assertEquals("ana.perez@example.com", event.at("/customer/email").asText());
        assertEquals(2, event.get("items").size());
        assertEquals(coffee, event.at("/items/0/productId").asLong());
        assertEquals("Green arabica coffee, grade 1", event.at("/items/0/productName").asText(),
                "the product name is frozen in the buyer's language");
        assertEquals(500, event.at("/items/0/quantity").asInt());
        assertEquals("t", event.at("/items/1/unit").asText());
        assertEquals(created.path("createdAt").toString(), event.get("occurredAt").asText());
    }

    @Test
    void itemsKeepTheirNotesAndPriceSnapshotAndBelowTheMinimumOrderIsAWarning() throws Exception {
        long priced = pricedProduct("ZV-P-" + System.nanoTime(), "12.5", 1000);
        long onRequest = pricedProduct("ZV-R-" + System.nanoTime(), null, null);
        String body = """
                {"customer":{"name":"Ana","email":"ana@example.com","country":"PT"},"locale":"es",
                 "items":[{"productId":%d,"quantity":999,"note":"  Sacos de 60 kg\\nEntrega en marzo "},
                          {"productId":%d,"quantity":5}]}
                """.formatted(priced, onRequest);
        ExtractableResponse<Response> created = given().contentType("application/json").body(body)
                .when().post("/api/quotes")
                .then().log().ifValidationFails().statusCode(201)
                .body("itemCount", equalTo(2))
                .body("items[0].productId.toLong()", equalTo(priced))
                .body("items[0].quantity", equalTo(999))
                .body("items[0].note", equalTo("Sacos de 60 kg\nEntrega en marzo"))
                .body("items[0].currency", equalTo("EUR"))
                .body("items[0].priceOnRequest", equalTo(false))
                .body("items[0].unit", equalTo("kg"))
                .body("items[1].unitPrice", nullValue())
                .body("items[1].currency", nullValue())
                .body("items[1].priceOnRequest", equalTo(true))
                .body("items[1].note", nullValue())
                .body("warnings.size()", equalTo(1))
                .body("warnings[0].field", equalTo("items[0].quantity"))
                .body("warnings[0].code", equalTo("BELOW_MINIMUM_ORDER"))
                .body("warnings[0].minimumOrder", equalTo(1000))
                .extract();
        assertTrue(created.asString().contains("\"unitPrice\":12.50"), "scale 2: " + created.asString());
        String number = created.path("quoteNumber");

        ConsumerRecord<String, String> record = awaitRecord(QuoteSubmitted.TOPIC, r -> number.equals(r.key()),
                Duration.ofSeconds(30));
        EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, record.value());
        JsonNode event = json.readTree(record.value());
        assertEquals("PT", event.at("/customer/country").asText());
        assertEquals("Sacos de 60 kg\nEntrega en marzo", event.at("/items/0/note").asText());
        assertTrue(record.value().contains("\"unitPrice\":12.50,"), "2 decimals: " + record.value());
        assertEquals("EUR", event.at("/items/0/currency").asText());
        assertFalse(event.at("/items/0/priceOnRequest").asBoolean());
        assertTrue(event.at("/items/1/unitPrice").isNull());
        assertTrue(event.at("/items/1/currency").isNull());
        assertTrue(event.at("/items/1/priceOnRequest").asBoolean());
        assertTrue(event.at("/items/1/note").isNull());
    }

    @Test
    void localeDefaultsToSpanishAndBlankOptionalFieldsAreAbsent() {
        String number = given().contentType("application/json")
                .body("{\"customer\":{\"name\":\"Luis\",\"email\":\"luis@example.com\",\"phone\":\"  \"},"
                        + "\"items\":[{\"productId\":" + coffee + ",\"quantity\":1}]}")
                .when().post("/api/quotes")
                .then().statusCode(201).extract().path("quoteNumber");
        ConsumerRecord<String, String> record = awaitRecord(QuoteSubmitted.TOPIC, r -> number.equals(r.key()),
                Duration.ofSeconds(30));
        EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, record.value());
        assertTrue(record.value().contains("\"locale\":\"es\""), record.value());
        assertTrue(record.value().contains("\"productName\":\"Café verde arábica grado 1\""), record.value());
        assertTrue(record.value().contains("\"phone\":null"), record.value());
    }

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctNumbers() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(quotesUrl.toURI())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("es", coffee), StandardCharsets.UTF_8))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(() -> client.send(request, HttpResponse.BodyHandlers.ofString()));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> response = f.get();
                assertEquals(201, response.statusCode(), response.body());
                String number = json.readTree(response.body()).get("quoteNumber").asText();
                assertTrue(number.matches(NUMBER), number);
                numbers.add(number);
            }
            assertEquals(50, numbers.size(), "every submission has its own number");
        } finally {
            pool.shutdownNow();
        }
    }

    static Stream<Arguments> invalidBodies() {
        String okItems = "\"items\":[{\"productId\":%d,\"quantity\":3}]";
        String okCustomer = "\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\"}";
        return Stream.of(
                Arguments.of("missing customer.email",
                        "{\"customer\":{\"name\":\"Ana\"}," + okItems + "}", "customer.email"),
                Arguments.of("bad email",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana-at-example\"}," + okItems + "}", "customer.email"),
                Arguments.of("email without domain dot",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example\"}," + okItems + "}", "customer.email"),
                Arguments.of("missing customer", "{" + okItems + "}", "customer"),
                Arguments.of("blank name",
                        "{\"customer\":{\"name\":\"  \",\"email\":\"ana@example.com\"}," + okItems + "}", "customer.name"),
                Arguments.of("name too long",
                        "{\"customer\":{\"name\":\"" + "x".repeat(256) + "\",\"email\":\"ana@example.com\"}," + okItems + "}",
                        "customer.name"),
                Arguments.of("country too long",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"country\":\"" + "x".repeat(101)
                                + "\"}," + okItems + "}", "customer.country"),
                Arguments.of("country as a name",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"country\":\"España\"},"
                                + okItems + "}", "customer.country"),
                Arguments.of("country in lower case",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"country\":\"es\"},"
                                + okItems + "}", "customer.country"),
                Arguments.of("country not an ISO code",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"country\":\"XX\"},"
                                + okItems + "}", "customer.country"),
                Arguments.of("country of the wrong type",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"country\":[\"ES\"]},"
                                + okItems + "}", "customer.country"),
                Arguments.of("note too long",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":1,\"note\":\"" + "n".repeat(501)
                                + "\"}]}", "items[0].note"),
                Arguments.of("note of the wrong type",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":1,\"note\":{\"a\":1}}]}",
                        "items[0].note"),
                Arguments.of("NUL in a note",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":1,\"note\":\"a\\u0000\"}]}",
                        "items[0].note"),
                Arguments.of("message too long",
                        "{" + okCustomer + ",\"message\":\"" + "m".repeat(5001) + "\"," + okItems + "}", "message"),
                Arguments.of("locale not es/en", "{" + okCustomer + ",\"locale\":\"fr\"," + okItems + "}", "locale"),
                Arguments.of("items empty", "{" + okCustomer + ",\"items\":[]}", "items"),
                Arguments.of("items missing", "{" + okCustomer + "}", "items"),
                Arguments.of("quantity 0",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":0}]}", "items[0].quantity"),
                Arguments.of("quantity over a million",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":1000001}]}", "items[0].quantity"),
                Arguments.of("quantity not an integer",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":2.5}]}", "items[0].quantity"),
                Arguments.of("quantity of the wrong type",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":\"many\"}]}", "items[0].quantity"),
                Arguments.of("customer of the wrong type",
                        "{\"customer\":\"Ana\"," + okItems + "}", "customer"),
                Arguments.of("malformed JSON", "{\"customer\": nope}", "body"),
                Arguments.of("truncated JSON names where it stopped", "{\"customer\":{\"name\":\"Ana\",", "customer"),
                Arguments.of("empty body", "", "body"),
                Arguments.of("unknown product",
                        "{" + okCustomer + ",\"items\":[{\"productId\":987654321987,\"quantity\":1}]}", "items[0].productId"),
                Arguments.of("inactive product",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%3$d,\"quantity\":1}]}", "items[0].productId"),
                Arguments.of("duplicate product",
                        "{" + okCustomer + ",\"items\":[{\"productId\":%d,\"quantity\":1},{\"productId\":%1$d,\"quantity\":2}]}",
                        "items[1].productId"),
                Arguments.of("NUL in customer.name",
                        "{\"customer\":{\"name\":\"Ana\\u0000\",\"email\":\"ana@example.com\"}," + okItems + "}",
                        "customer.name"),
                Arguments.of("NUL in customer.email",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana\\u0000@example.com\"}," + okItems + "}",
                        "customer.email"),
                Arguments.of("NUL in customer.company",
                        "{\"customer\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"company\":\"\\u0000\"},"
                                + okItems + "}", "customer.company"),
                Arguments.of("NUL in message", "{" + okCustomer + ",\"message\":\"hola\\u0000\"," + okItems + "}",
                        "message"),
                Arguments.of("NUL in locale", "{" + okCustomer + ",\"locale\":\"es\\u0000\"," + okItems + "}", "locale"),
                Arguments.of("trailing garbage after the body", "{" + okCustomer + "," + okItems + "} xyz", "body"),
                Arguments.of("two bodies in a row",
                        "{" + okCustomer + "," + okItems + "}{" + okCustomer + "," + okItems + "}", "body"),
                Arguments.of("51 items",
                        "{" + okCustomer + ",\"items\":[" + String.join(",",
                                java.util.Collections.nCopies(51, "{\"productId\":%1$d,\"quantity\":1}")) + "]}", "items"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void anInvalidRequestIsA400NamingTheFieldAndSavesNothing(String name, String template, String field) {
        long quotes = rows("quote");
        long items = rows("quote_item");
        long events = rows("outbox_event");
        String body = template.contains("%") ? String.format(template, coffee, cocoa, retired) : template;
        given().contentType("application/json").body(body)
                .when().post("/api/quotes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", endsWith("/api/quotes"))
                .body("errors.field", hasItem(field));
        assertEquals(quotes, rows("quote"), "no quote saved");
        assertEquals(items, rows("quote_item"), "no item saved");
        assertEquals(events, rows("outbox_event"), "no event enqueued");
    }

    @Test
    void theLocationIsRelativeWhateverHostOrForwardedHostTheRequestClaims() throws Exception {
        String body = body("es", coffee);
        for (String forgedHeaders : new String[] {
                "Host: evil.example\r\n",
                "Host: localhost\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n",
                "Host: localhost\r\nForwarded: host=evil.example;proto=https\r\n"}) {
            RawResponse response = RawResponse.post(quotesUrl, forgedHeaders, body);
            assertEquals(201, response.status(), response.toString());
            String number = json.readTree(response.body()).get("quoteNumber").asText();
            assertEquals("/api/quotes/" + number, response.header("Location"), response.toString());
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndSavesNothing() {
        long quotes = rows("quote");
        StringBuilder huge = new StringBuilder("{");
        for (int i = 0; i < 40_000; i++) {
            huge.append("\"k").append(i).append("\":1,");
        }
        huge.append(body("es", coffee).strip().substring(1));
        given().contentType("application/json").body(huge.toString())
                .when().post("/api/quotes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertEquals(quotes, rows("quote"), "no quote saved");
        // the same body without Content-Length (chunked) is cut off at the limit too
        RawResponse chunked;
        try {
            chunked = RawResponse.postChunked(quotesUrl, huge.toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(413, chunked.status(), chunked.toString());
        assertEquals(quotes, rows("quote"), "no quote saved");
        // just under the limit is still read (and this one is a valid RFQ)
        String padded = "{\"padding\":\"" + "p".repeat(200_000) + "\"," + body("es", coffee).strip().substring(1);
        given().contentType("application/json").body(padded).when().post("/api/quotes").then().statusCode(201);
    }

    /** A hand-written HTTP/1.1 exchange: clients normalize the Host header, a scanner does not. */
    record RawResponse(int status, java.util.Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        static RawResponse postChunked(URL url, String body) throws Exception {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream framed = new java.io.ByteArrayOutputStream();
            for (int at = 0; at < bytes.length; at += 8192) {
                int n = Math.min(8192, bytes.length - at);
                framed.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                framed.write(bytes, at, n);
                framed.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            framed.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return exchange(url, "Host: localhost\r\nTransfer-Encoding: chunked\r\n", framed.toByteArray());
        }

        static RawResponse post(URL url, String extraHeaders, String body) throws Exception {
            byte[] payload = body.getBytes(StandardCharsets.UTF_8);
            return exchange(url, extraHeaders + "Content-Length: " + payload.length + "\r\n", payload);
        }

        private static RawResponse exchange(URL url, String extraHeaders, byte[] payload) throws Exception {
            try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
                socket.setSoTimeout(30_000);
                String head = "POST " + url.getPath() + " HTTP/1.1\r\n" + extraHeaders
                        + "Content-Type: application/json\r\nConnection: close\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                try {
                    socket.getOutputStream().write(payload);
                    socket.getOutputStream().flush();
                } catch (java.net.SocketException e) {
                    // the server may answer (413) and close before the whole body is sent
                }
                String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int split = raw.indexOf("\r\n\r\n");
                String[] lines = raw.substring(0, split).split("\r\n");
                java.util.Map<String, String> headers = new java.util.HashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
                String content = raw.substring(split + 4);
                if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                    StringBuilder joined = new StringBuilder();
                    int at = 0;
                    while (true) {
                        int eol = content.indexOf("\r\n", at);
                        int size = Integer.parseInt(content.substring(at, eol).strip(), 16);
                        if (size == 0) {
                            break;
                        }
                        joined.append(content, eol + 2, eol + 2 + size); // JSON bodies here are ASCII
                        at = eol + 2 + size + 2;
                    }
                    content = joined.toString();
                }
                return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, content);
            }
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
