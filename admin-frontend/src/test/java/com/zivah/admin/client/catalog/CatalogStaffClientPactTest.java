package com.zivah.admin.client.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import au.com.dius.pact.core.model.matchingrules.ValuesMatcher;
import com.zivah.admin.client.Page;
import com.zivah.admin.client.logs.ActivityEntry;
import com.zivah.admin.client.logs.CatalogActivityClient;
import com.zivah.admin.support.Contracts;
import com.zivah.admin.support.FakeUpstreamsResource;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * admin-frontend's calls to catalog-service's staff API (products, categories, settings, activity) as Pact
 * interactions: {@code docs/contracts/admin-frontend-catalog-service.json}, which the product and settings page
 * tests are answered from and catalog-service's build verifies. The staff token is not pinned (the provider
 * verification supplies a real one).
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@ExtendWith({Contracts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = Contracts.CATALOG, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class CatalogStaffClientPactTest {

    static final String JSON_TYPE = "application/json(;\\s?charset=[\\w\\-]+)?";
    static final String PROBLEM_TYPE = "application/problem\\+json(;\\s?charset=[\\w\\-]+)?";
    static final String DEMO = "the demo catalog is loaded";
    static final String PRODUCT_1 = "product 1 exists at version 1";
    static final String PRODUCT_1_CHANGED = "product 1 was changed since version 1";
    static final String ACTIVITY = "the catalog's activity log has an entry";
    static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    static PactDslJsonBody product(PactDslJsonBody body) {
        body.integerType("id", 1)
                .stringType("sku", "ZV-CAF-001")
                .stringType("slug", "cafe-verde-arabica-grado-1")
                .stringType("categorySlug", "cafe-cacao");
        texts(body, "name", "Café verde arábica grado 1", "Green arabica coffee grade 1");
        texts(body, "description", "Granos de altura.", "High-grown beans.");
        PactDslJsonBody spec = body.minArrayLike("specs", 0, 1);
        spec.stringType("key", "origin");
        texts(spec, "label", "Origen", "Origin");
        texts(spec, "value", "Colombia", "Colombia");
        spec.closeObject().closeArray();
        body.stringMatcher("unit", "kg|t|l|unit|box|bag|carton|drum|bale|m", "kg")
                .integerType("minOrderQuantity", 500)
                // null when the price is on request
                .or("price", 4.85, PM.numberType(), PM.nullValue())
                .stringMatcher("currency", "[A-Z]{3}", "USD")
                .booleanType("priceOnRequest", false)
                .integerType("stockQuantity", 12000)
                .booleanType("active", true)
                .integerType("version", 1);
        PactDslJsonBody image = body.minArrayLike("images", 0, 1);
        image.integerType("id", 7).booleanType("primary", true);
        texts(image, "alt", "Granos", "Beans");
        image.eachLike("variants")
                .stringMatcher("name", "thumbnail|card|large", "thumbnail")
                .stringMatcher("format", "webp|jpeg|png", "webp")
                .integerType("width", 320).integerType("height", 320)
                // the file extension of format jpeg is .jpg
                .stringMatcher("url", "/api/catalog/images/[0-9a-f]{64}\\.(webp|jpg|png)",
                        "/api/catalog/images/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.webp")
                .closeObject().closeArray();
        image.closeObject().closeArray();
        return body;
    }

    static void texts(PactDslJsonBody body, String name, String es, String en) {
        body.object(name).stringType("es", es).stringType("en", en).closeObject();
    }

    static String update(long version) {
        return "{\"categorySlug\":\"cafe-cacao\",\"name\":{\"es\":\"Café verde arábica grado 1\",\"en\":\"Green arabica coffee grade 1\"},"
                + "\"description\":{\"es\":\"Granos de altura.\",\"en\":\"High-grown beans.\"},\"specs\":[],\"unit\":\"kg\","
                + "\"minOrderQuantity\":500,\"price\":4.85,\"currency\":\"USD\",\"priceOnRequest\":false,"
                + "\"stockQuantity\":12000,\"active\":true,\"version\":" + version + "}";
    }

    static final String CREATE_WITHOUT_ENGLISH_NAME = "{\"sku\":\"ZV-NEW-001\",\"categorySlug\":\"cafe-cacao\","
            + "\"name\":{\"es\":\"Producto nuevo\",\"en\":\"\"},\"description\":{\"es\":\"Descripción\",\"en\":\"Description\"},"
            + "\"specs\":[],\"unit\":\"kg\",\"minOrderQuantity\":1,\"currency\":\"USD\",\"priceOnRequest\":true,"
            + "\"stockQuantity\":0,\"active\":true}";

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact staffProducts(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        product(body.minArrayLike("items", 1)).closeObject().closeArray();
        body.integerType("page", 0).integerType("size", 20).integerType("totalItems", 24).integerType("totalPages", 2);
        return builder.given(DEMO)
                .uponReceiving("the first page of every product for staff")
                .method("GET").path("/api/catalog/admin/products").query("page=0&size=20")
                .willRespondWith().status(200).matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body).toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact staffProduct(PactDslWithProvider builder) {
        return builder.given(PRODUCT_1)
                .uponReceiving("a product for staff by id")
                .method("GET").path("/api/catalog/admin/products/1")
                .willRespondWith().status(200).matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(product(new PactDslJsonBody())).toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact categories(PactDslWithProvider builder) {
        return builder.given(DEMO)
                .uponReceiving("the categories for staff")
                .method("GET").path("/api/catalog/categories")
                .willRespondWith().status(200).matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(PactDslJsonArray.arrayMinLike(1).integerType("id", 1).stringType("slug", "cafe-cacao")
                        .object("name").stringType("es", "Café y cacao").stringType("en", "Coffee and cocoa").closeObject()
                        .asBody().integerType("sortOrder", 1).integerType("productCount", 6)
                        .stringMatcher("color", "#[0-9A-Fa-f]{6}", "#8B5A2B").integerType("version", 1)
                        .closeObject())
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact createRefused(PactDslWithProvider builder) {
        PactDslJsonBody problem = new PactDslJsonBody();
        problem.integerType("status", 400);
        problem.minArrayLike("errors", 1).stringValue("field", "name.en").stringType("message", "no puede estar vacío")
                .closeObject().closeArray();
        return builder.given(DEMO)
                .uponReceiving("a new product without an English name")
                .method("POST").path("/api/catalog/products")
                .headers("Content-Type", "application/json").matchHeader("Accept-Language", "es|en", "es")
                .body(CREATE_WITHOUT_ENGLISH_NAME)
                .willRespondWith().status(400).matchHeader("Content-Type", PROBLEM_TYPE, "application/problem+json")
                .body(problem).toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact staleUpdate(PactDslWithProvider builder) {
        PactDslJsonBody problem = new PactDslJsonBody();
        problem.integerType("status", 409).stringType("detail", "The product changed meanwhile");
        return builder.given(PRODUCT_1_CHANGED)
                .uponReceiving("an edit of product 1 based on a version that is no longer current")
                .method("PUT").path("/api/catalog/products/1")
                .headers("Content-Type", "application/json").body(update(1))
                .willRespondWith().status(409).matchHeader("Content-Type", PROBLEM_TYPE, "application/problem+json")
                .body(problem).toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact settings(PactDslWithProvider builder) {
        return builder.given(DEMO)
                .uponReceiving("every site setting for staff")
                .method("GET").path("/api/catalog/settings")
                .willRespondWith().status(200).matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(PactDslJsonArray.arrayMinLike(1)
                        .stringType("key", "contact-email")
                        .stringMatcher("type", "TEXT|NUMBER|BOOLEAN|JSON", "TEXT")
                        // typed per the setting's type: a string, a number, a boolean or a JSON object; Pact V3 has no
                        // matcher for "any of these types", "values" accepts any JSON value (the page reads it as JSON)
                        .or("value", "ventas@zivah.com", ValuesMatcher.INSTANCE)
                        .stringType("description", "Public contact address")
                        .booleanType("public", true)
                        .integerType("version", 1)
                        .closeObject())
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact activity(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.minArrayLike("items", 1)
                .integerType("id", 1)
                .stringMatcher("occurredAt", ISO_INSTANT, "2026-12-01T10:15:00Z")
                .stringType("actor", "mara")
                .eachLike("actorRoles", PactDslJsonRootValue.stringType("MANAGER"), 1)
                .stringType("action", "product.updated")
                .stringType("entityType", "product")
                .stringType("entityId", "1")
                .closeObject().closeArray();
        body.integerType("page", 0).integerType("size", 100).integerType("totalItems", 1).integerType("totalPages", 1);
        return builder.given(ACTIVITY)
                .uponReceiving("the newest entries of the catalog's activity log")
                .method("GET").path("/api/catalog/activity").query("page=0&size=25")
                .willRespondWith().status(200).matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "staffProducts")
    void theStaffListIsAPageOfProducts(MockServer server) {
        Page<StaffProduct> page = client(server).products(0, 20, null, null, null);
        assertEquals("ZV-CAF-001", page.items().get(0).sku());
        assertEquals(2, page.totalPages());
    }

    @Test
    @PactTestFor(pactMethod = "staffProduct")
    void aProductHasEveryEditableField(MockServer server) {
        StaffProduct product = client(server).product(1);
        assertEquals("Green arabica coffee grade 1", product.name().en());
        assertEquals("Origin", product.specs().get(0).label().en());
        assertTrue(product.thumbnailUrl().endsWith(".webp"));
    }

    @Test
    @PactTestFor(pactMethod = "categories")
    void categoriesHaveTheirVersion(MockServer server) {
        List<StaffCategory> categories = client(server).categories();
        assertEquals("cafe-cacao", categories.get(0).slug());
    }

    @Test
    @PactTestFor(pactMethod = "createRefused")
    void aRefusedCreateNamesTheField(MockServer server) {
        ProductWrite write = new ProductWrite("ZV-NEW-001", null, "cafe-cacao", new LocalizedText("Producto nuevo", ""),
                new LocalizedText("Descripción", "Description"), List.of(), "kg", 1, null, "USD", true, 0, true, null);
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> client(server).create(write));
        assertEquals(400, e.getResponse().getStatus());
        String problem = e.getResponse().readEntity(String.class);
        assertTrue(problem.contains("name.en") && problem.contains("no puede estar vac"), problem);
    }

    @Test
    @PactTestFor(pactMethod = "staleUpdate")
    void aStaleEditIsAConflict(MockServer server) {
        ProductWrite write = new ProductWrite(null, null, "cafe-cacao",
                new LocalizedText("Café verde arábica grado 1", "Green arabica coffee grade 1"),
                new LocalizedText("Granos de altura.", "High-grown beans."), List.of(), "kg", 500,
                new java.math.BigDecimal("4.85"), "USD", false, 12000, true, 1L);
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> client(server).update(1, write));
        assertEquals(409, e.getResponse().getStatus());
    }

    @Test
    @PactTestFor(pactMethod = "settings")
    void settingsAreTyped(MockServer server) {
        SiteSetting setting = client(server).settings().get(0);
        assertEquals("TEXT", setting.type());
        assertEquals("ventas@zivah.com", setting.value().asText());
    }

    @Test
    @PactTestFor(pactMethod = "activity")
    void theActivityLogIsAPageOfEntries(MockServer server) {
        Page<ActivityEntry> page = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl()))
                .build(CatalogActivityClient.class).list(null, null, null, null, null, 0, 25);
        assertEquals("product.updated", page.items().get(0).action());
    }

    private static CatalogStaffClient client(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(CatalogStaffClient.class);
    }
}
