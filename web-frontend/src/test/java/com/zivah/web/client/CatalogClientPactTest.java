package com.zivah.web.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.zivah.platform.i18n.Language;
import com.zivah.web.support.Contracts;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every call web-frontend makes to catalog-service, as Pact interactions: what it sends (the query parameters the
 * pages really use) and the part of the answer it reads, with matchers where the provider's values vary. The pact
 * goes to docs/contracts (checked by {@link Contracts}); catalog-service's build verifies it against the real service;
 * the page tests get these answers from {@code FakeUpstreams}. Examples are demo-catalog data.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@ExtendWith({Contracts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = Contracts.CATALOG, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class CatalogClientPactTest {

    static final String DEMO = "the demo catalog is loaded";
    static final String FAR_PRODUCT = "a product is on sale beyond the first page of the list";
    static final String NO_PRODUCT = "no product has id 999999";

    /** The units and currency format catalog-service accepts (its check constraints). */
    static final String UNITS = "kg|t|l|unit|box|bag|carton|drum|bale|m";
    static final String PROBLEM_JSON = "application/problem\\+json(;\\s?charset=[\\w\\-]+)?";

    // ---- interactions

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact categories(PactDslWithProvider builder) {
        DslPart template = PactDslJsonArray.arrayMinLike(1)
                .stringType("slug", "cafe-cacao")
                .object("name").stringType("es", "Café y cacao").stringType("en", "Coffee & cocoa").closeObject().asBody()
                .object("description").stringType("es", "x").stringType("en", "x").closeObject().asBody()
                .integerType("sortOrder", 10)
                .integerType("productCount", 2L)
                .closeObject();
        // unsorted on purpose: the page sorts by sortOrder itself
        PactDslJsonArray examples = new PactDslJsonArray();
        examples.object()
                .stringValue("slug", "especias")
                .object("name").stringValue("es", "Especias").stringValue("en", "Spices").closeObject().asBody()
                .object("description")
                .stringValue("es", "Especias enteras y molidas, limpias a vapor y con análisis de laboratorio por lote.")
                .stringValue("en", "Whole and ground spices, steam-cleaned and laboratory-tested batch by batch.")
                .closeObject().asBody()
                .numberValue("sortOrder", 20).numberValue("productCount", 1)
                .closeObject();
        examples.object()
                .stringValue("slug", "cafe-cacao")
                .object("name").stringValue("es", "Café y cacao").stringValue("en", "Coffee & cocoa").closeObject().asBody()
                .object("description")
                .stringValue("es", "Café verde y tostado de origen único, granos de cacao fermentados y derivados para"
                        + " la industria chocolatera.")
                .stringValue("en", "Single-origin green and roasted coffee, fermented cocoa beans and derivatives for"
                        + " the chocolate industry.")
                .closeObject().asBody()
                .numberValue("sortOrder", 10).numberValue("productCount", 2)
                .closeObject();
        return builder.given(DEMO)
                .uponReceiving("the categories")
                .method("GET").path("/api/catalog/categories")
                .willRespondWith().status(200)
                .body(PactBodies.withExamples(template, examples))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productPage(PactDslWithProvider builder) {
        return pageOfProducts(builder.given(DEMO).uponReceiving("a page of products")
                .method("GET").path("/api/catalog/products")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productSearch(PactDslWithProvider builder) {
        return pageOfProducts(builder.given(DEMO).uponReceiving("a page of products matching a search")
                .method("GET").path("/api/catalog/products")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .matchQuery("q", ".{1,100}", "café"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productsOfACategory(PactDslWithProvider builder) {
        return pageOfProducts(builder.given(DEMO).uponReceiving("a page of the products of a category")
                .method("GET").path("/api/catalog/products")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .matchQuery("category", "[a-z0-9-]{1,100}", "cafe-cacao"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productSearchInACategory(PactDslWithProvider builder) {
        return pageOfProducts(builder.given(DEMO).uponReceiving("a page of the products of a category matching a search")
                .method("GET").path("/api/catalog/products")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .matchQuery("category", "[a-z0-9-]{1,100}", "cafe-cacao")
                .matchQuery("q", ".{1,100}", "arábica"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact unknownCategory(PactDslWithProvider builder) {
        return builder.given(DEMO)
                .uponReceiving("a page of products of an unknown category")
                .method("GET").path("/api/catalog/products")
                .query("category=no-such-category")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .willRespondWith().status(400)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(new PactDslJsonBody()
                        .integerType("status", 400)
                        .array("errors").object().stringValue("field", "category").stringType("message", "unknown category")
                        .closeObject().closeArray())
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact oneProduct(PactDslWithProvider builder) {
        return builder.given(FAR_PRODUCT)
                .uponReceiving("a product by id")
                .method("GET").pathFromProviderState("/api/catalog/products/${id}", "/api/catalog/products/777")
                .willRespondWith().status(200)
                .body(product(new PactDslJsonBody(), 777, "ZV-TEX-002", "Hilado de algodón peinado", "Combed cotton yarn",
                        "Hilado de algodón peinado Ne 30/1 para tejido de punto.", "Ne 30/1 combed cotton yarn for knitting.",
                        "kg", 1000, "3.10", "USD"))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productNotSold(PactDslWithProvider builder) {
        return builder.given(NO_PRODUCT)
                .uponReceiving("a product that is not on sale")
                .method("GET").path("/api/catalog/products/999999")
                .willRespondWith().status(404)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .toPact();
    }

    /** The page envelope: one template for every item (types), three distinct examples. */
    private static RequestResponsePact pageOfProducts(PactDslRequestWithPath request) {
        PactDslJsonBody template = new PactDslJsonBody();
        product(template.minArrayLike("items", 1), 101, "ZV-CAF-001", "x", "x", "x", "x", "kg", 1000, "4.85", "USD")
                .closeObject().closeArray();
        template.integerType("totalItems", 27L).integerType("totalPages", 3);
        PactDslJsonArray items = new PactDslJsonArray();
        example(items.object(), 101, "ZV-CAF-001", "Café verde arábica grado 1", "Green arabica coffee, grade 1",
                "Café arábica lavado de altura (1.400-1.800 m), zaranda 15 y superior, taza limpia con notas de caramelo"
                        + " y cítricos.",
                "Washed high-grown arabica (1,400-1,800 m), screen 15 and up, clean cup with caramel and citrus notes.",
                "kg", 1000, "4.85", "USD").closeObject();
        example(items.object(), 102, "ZV-CAF-004", "Granos de cacao fermentados", "Fermented cocoa beans",
                "Cacao fino de aroma fermentado 6 días y secado al sol; precio según bolsa de Nueva York y prima de calidad.",
                "Fine-flavour cocoa fermented for 6 days and sun-dried; priced on the New York exchange plus a quality"
                        + " premium.",
                "t", 12, null, "USD").closeObject();
        // catalog texts are typed by staff: the pages must escape them
        example(items.object(), 103, "ZV-ESP-003", "<script>alert('x')</script> Especial",
                "<script>alert('x')</script> Special", "Pimienta negra entera.", "Whole black pepper.",
                "bag", 10, "310.00", "EUR").closeObject();
        return request.willRespondWith().status(200)
                .body(PactBodies.withExamples(template, "items", items))
                .toPact();
    }

    /** A product's fields as web-frontend reads them, with the matchers the provider must honour. */
    private static PactDslJsonBody product(PactDslJsonBody body, long id, String sku, String nameEs, String nameEn,
            String descriptionEs, String descriptionEn, String unit, int moq, String price, String currency) {
        return body.integerType("id", id)
                .stringType("sku", sku)
                .object("name").stringType("es", nameEs).stringType("en", nameEn).closeObject().asBody()
                .object("description").stringType("es", descriptionEs).stringType("en", descriptionEn).closeObject().asBody()
                .stringMatcher("unit", UNITS, unit)
                .integerType("minOrderQuantity", moq)
                .or("price", new BigDecimal(price), PM.numberType(), PM.nullValue())
                .stringMatcher("currency", "[A-Z]{3}", currency)
                .booleanType("priceOnRequest", false);
    }

    /** Example values only (the rules come from the template). */
    private static PactDslJsonBody example(PactDslJsonBody body, long id, String sku, String nameEs, String nameEn,
            String descriptionEs, String descriptionEn, String unit, int moq, String price, String currency) {
        body.numberValue("id", id).stringValue("sku", sku)
                .object("name").stringValue("es", nameEs).stringValue("en", nameEn).closeObject().asBody()
                .object("description").stringValue("es", descriptionEs).stringValue("en", descriptionEn).closeObject().asBody()
                .stringValue("unit", unit).numberValue("minOrderQuantity", moq);
        if (price == null) {
            body.nullValue("price");
        } else {
            body.numberValue("price", new BigDecimal(price));
        }
        return body.stringValue("currency", currency).booleanValue("priceOnRequest", price == null);
    }

    // ---- what the client makes of them

    private static CatalogClient client(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(CatalogClient.class);
    }

    @Test
    @PactTestFor(pactMethod = "categories")
    void readsTheCategories(MockServer server) {
        List<CategoryDto> categories = client(server).categories();
        assertEquals(List.of("especias", "cafe-cacao"), categories.stream().map(CategoryDto::slug).toList());
        CategoryDto coffee = categories.get(1);
        assertEquals("Coffee & cocoa", coffee.name().in(Language.EN));
        assertEquals(10, coffee.sortOrder());
        assertEquals(2, coffee.productCount());
    }

    @Test
    @PactTestFor(pactMethod = "productPage")
    void readsAPageOfProducts(MockServer server) {
        ProductPage page = client(server).products(0, 12, null, null);
        assertEquals(27, page.totalItems());
        assertEquals(3, page.totalPages());
        ProductDto coffee = page.items().get(0);
        assertEquals(101, coffee.id());
        assertEquals(new BigDecimal("4.85"), coffee.price());
        assertEquals(1000, coffee.minOrderQuantity());
        ProductDto cocoa = page.items().get(1);
        assertTrue(cocoa.priceOnRequest());
        assertNull(cocoa.price());
    }

    @Test
    @PactTestFor(pactMethod = "productSearch")
    void sendsTheSearch(MockServer server) {
        assertFalse(client(server).products(0, 12, null, "café").items().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "productsOfACategory")
    void sendsTheCategory(MockServer server) {
        assertFalse(client(server).products(0, 12, "cafe-cacao", null).items().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "productSearchInACategory")
    void sendsTheCategoryAndTheSearch(MockServer server) {
        assertFalse(client(server).products(0, 12, "cafe-cacao", "arábica").items().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "unknownCategory")
    void anUnknownCategoryIsRefused(MockServer server) {
        WebApplicationException refused = assertThrows(WebApplicationException.class,
                () -> client(server).products(0, 12, "no-such-category", null));
        assertEquals(400, refused.getResponse().getStatus());
    }

    @Test
    @PactTestFor(pactMethod = "oneProduct")
    void readsOneProduct(MockServer server) {
        ProductDto product = client(server).product("777");
        assertEquals(777, product.id());
        assertEquals("Combed cotton yarn", product.name().in(Language.EN));
    }

    @Test
    @PactTestFor(pactMethod = "productNotSold")
    void aProductNotOnSaleIsNotFound(MockServer server) {
        WebApplicationException missing = assertThrows(WebApplicationException.class,
                () -> client(server).product("999999"));
        assertEquals(404, missing.getResponse().getStatus());
    }
}
