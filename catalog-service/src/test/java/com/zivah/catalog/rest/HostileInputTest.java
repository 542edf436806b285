package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Bytes a browser never sends but a scanner does: each is a 4xx problem naming what was wrong, never a 500. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class HostileInputTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    private long idOf(String sku) {
        return db().productId(sku);
    }

    private long versionOf(long id) {
        return db().productVersion(id);
    }

    private long outboxRows() {
        return db().count("select count(*) from outbox_event");
    }

    @Test
    void aNulInTheSearchTextCategoryOrSlugIsABadRequestNamingIt() {
        // urlEncodingEnabled(false): the %00 goes on the wire as is, as a scanner sends it
        given().urlEncodingEnabled(false).when().get("/api/catalog/products?q=caf%00e")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", contains("q"));
        given().urlEncodingEnabled(false).when().get("/api/catalog/products?category=especias%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("category"));
        given().urlEncodingEnabled(false).when().get("/api/catalog/products/cafe-verde-arabica-grado-1%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("id"));
        given().urlEncodingEnabled(false).when().get("/api/catalog/products/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("id"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aNulInAnyStringOfTheBodyIsABadRequestNamingTheFieldAndSavesNothing() throws Exception {
        long id = idOf("ZV-ESP-003");
        long version = versionOf(id);
        long outbox = outboxRows();

        Map<String, Object> body = ProductUpdateTest.validBody(version);
        body.put("name", Map.of("es", "Pimienta\u0000", "en", "Pepper"));
        given().contentType(ContentType.JSON).body(json.writeValueAsString(body))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("name.es"));

        Map<String, Object> key = ProductUpdateTest.validBody(version);
        key.put("specs", java.util.List.of(ProductUpdateTest.spec("ori\u0000gin", "Origen", "Origin", "Brasil",
                "Brazil")));
        given().contentType(ContentType.JSON).body(json.writeValueAsString(key))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("specs[0].key"));

        Map<String, Object> value = ProductUpdateTest.validBody(version);
        value.put("specs", java.util.List.of(ProductUpdateTest.spec("origin", "Origen", "Origin", "\u0000", "Brazil")));
        given().contentType(ContentType.JSON).body(json.writeValueAsString(value))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("specs[0].value.es"));

        assertEquals(version, versionOf(id), "nothing saved");
        assertEquals(outbox, outboxRows(), "no event enqueued");
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void trailingGarbageAfterTheBodyIsRefusedAndSavesNothing() throws Exception {
        long id = idOf("ZV-ESP-003");
        long version = versionOf(id);
        long outbox = outboxRows();
        String valid = json.writeValueAsString(ProductUpdateTest.validBody(version));
        for (String body : new String[] {valid + " xyz", valid + valid, valid + " 1", valid + "]"}) {
            given().contentType(ContentType.JSON).body(body)
                    .when().put("/api/catalog/products/" + id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("body"));
        }
        assertEquals(version, versionOf(id), "nothing saved");
        assertEquals(outbox, outboxRows(), "no event enqueued");
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        long id = idOf("ZV-ESP-003");
        long version = versionOf(id);
        StringBuilder huge = new StringBuilder("{");
        for (int i = 0; i < 40_000; i++) {
            huge.append("\"k").append(i).append("\":1,");
        }
        huge.append("\"version\":").append(version).append('}');
        given().contentType(ContentType.JSON).body(huge.toString())
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", is(413))
                .body("type", equalTo("https://zivah.com/problems/http-413"));
        assertEquals(version, versionOf(id));
    }
}
