package com.zivah.catalog.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class PublicReadCacheTest {

    @Inject
    PublicReadCache cache;

    @Inject
    ObjectMapper json;

    @Test
    void aCachedAnswerIsServedAsTheJsonWrittenTheFirstTime() throws Exception {
        Object answer = cache.get(List.of("test", System.nanoTime()), () -> Map.of("name", "café", "count", 3));
        byte[] first = cache.serializedOrNull(answer);
        assertArrayEquals(json.writeValueAsBytes(answer), first, "what the application's mapper writes");
        assertSame(first, cache.serializedOrNull(answer), "written once, then reused");
        assertNull(cache.serializedOrNull(Map.of("name", "café", "count", 3)), "an equal answer built for one request");
    }

    @Test
    void publicReadsAnswerJsonWithItsContentTypeTheSameEveryTime() throws Exception {
        for (String path : List.of("/api/catalog/products?size=5", "/api/catalog/products/cafe-verde-arabica-grado-1",
                "/api/catalog/categories", "/api/catalog/settings/public")) {
            String first = given().get(path).then().statusCode(200).contentType("application/json")
                    .extract().asString();
            String second = given().get(path).then().statusCode(200).contentType("application/json")
                    .extract().asString();
            assertEquals(first, second, path);
            json.readTree(first); // well-formed JSON, not a byte dump
        }
    }
}
