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

    static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    static final String IMAGE_URL = "/api/catalog/images/[0-9a-f]{64}\\.(webp|jpg|jpeg|png)";
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String DEMO_SLUG = "cafe-verde-arabica-grado-1";

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact categories(PactDslWithProvider builder) {
        DslPart template = PactDslJsonArray.arrayMinLike(1)
                .stringType("slug", "cafe-cacao")
                .object("name").stringType("es", "Café y cacao").stringType("en", "Coffee & cocoa").closeObject().asBody()
                .object("description").stringType("es", "x").stringType("en", "x").closeObject().asBody()
                .stringMatcher("color", "#[0-9a-fA-F]{6}", "#6f4e37")
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
                .stringValue("color", "#b5562b")
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
                .stringValue("color", "#6f4e37")
                .numberValue("sortOrder", 10).numberValue("productCount", 2)
                .closeObject();
        return builder.given(DEMO)
                .uponReceiving("the categories")
                .method("GET").path("/api/catalog/categories")
                .willRespondWith().status(200)
                .body(PactBodies.withExamples(template, examples))
                .toPact();
    }

    /** page, size, sort and lang: what every list request sends. */
    private static PactDslRequestWithPath listRequest(PactDslWithProvider builder, String description) {
        return builder.given(DEMO).uponReceiving(description)
                .method("GET").path("/api/catalog/products")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .matchQuery("sort", "relevance|name|price|newest", "relevance")
                .matchQuery("lang", "es|en", "es");
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productPage(PactDslWithProvider builder) {
        return pageOfProducts(listRequest(builder, "a page of products"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productSearch(PactDslWithProvider builder) {
        return pageOfProducts(listRequest(builder, "a page of products matching a search")
                .matchQuery("q", ".{1,100}", "café"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productsOfACategory(PactDslWithProvider builder) {
        return pageOfProducts(listRequest(builder, "a page of the products of a category")
                .matchQuery("category", "[a-z0-9-]{1,100}", "cafe-cacao"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact productSearchInACategory(PactDslWithProvider builder) {
        return pageOfProducts(listRequest(builder, "a page of the products of a category matching a search")
                .matchQuery("category", "[a-z0-9-]{1,100}", "cafe-cacao")
                .matchQuery("q", ".{1,100}", "arábica"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact filteredProducts(PactDslWithProvider builder) {
        return pageOfProducts(listRequest(builder, "a page of products in a price range and in stock")
                .matchQuery("minPrice", "[0-9]{1,10}(\\.[0-9]{1,2})?", "1")
                .matchQuery("maxPrice", "[0-9]{1,10}(\\.[0-9]{1,2})?", "500")
                .matchQuery("inStock", "true", "true"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact unknownCategory(PactDslWithProvider builder) {
        return listRequest(builder, "a page of products of an unknown category")
                .query("category=no-such-category")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .matchQuery("sort", "relevance|name|price|newest", "relevance")
                .matchQuery("lang", "es|en", "es")
                .willRespondWith().status(400)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(new PactDslJsonBody()
                        .integerType("status", 400)
                        .array("errors").object().stringValue("field", "category").stringType("message", "unknown category")
                        .closeObject().closeArray())
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact searchWithoutResults(PactDslWithProvider builder) {
        return listRequest(builder, "a search that matches no product")
                .query("q=xyzzy")
                .matchQuery("page", "\\d{1,6}", "0")
                .matchQuery("size", "\\d{1,3}", "12")
                .matchQuery("sort", "relevance|name|price|newest", "relevance")
                .matchQuery("lang", "es|en", "es")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody()
                        .array("items").closeArray().asBody()
                        .integerType("totalItems", 0L)
                        .integerType("totalPages", 0)
                        .object("facets").array("categories").closeArray().closeObject())
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
    RequestResponsePact productBySlug(PactDslWithProvider builder) {
        PactDslJsonBody template = listed(product(new PactDslJsonBody(), 101, "ZV-CAF-001",
                "Café verde arábica grado 1", "Green arabica coffee, grade 1",
                "Café arábica lavado de altura (1.400-1.800 m), zaranda 15 y superior.",
                "Washed high-grown arabica (1,400-1,800 m), screen 15 and up.", "kg", 1000, "4.85", "USD"), DEMO_SLUG);
        template.eachLike("specs")
                .stringType("key", "origin")
                .object("label").stringType("es", "Origen").stringType("en", "Origin").closeObject().asBody()
                .object("value").stringType("es", "Colombia").stringType("en", "Colombia").closeObject().asBody()
                .closeObject().closeArray();
        template.stringMatcher("createdAt", ISO_INSTANT, "2026-11-02T09:00:00Z");
        PactDslJsonArray specs = new PactDslJsonArray();
        spec(specs, "origin", "Origen", "Origin", "Colombia (Huila)", "Colombia (Huila)");
        spec(specs, "process", "Proceso", "Process", "Lavado", "Washed");
        spec(specs, "packaging", "Empaque", "Packaging", "Sacos de yute de 70 kg", "70 kg jute bags");
        PactDslJsonArray images = new PactDslJsonArray();
        imageExample(images, 12, true, "Granos de café verde arábica", "Green arabica coffee beans", "a", true);
        imageExample(images, 13, false, "Saco de café en el almacén", "Coffee sack in the warehouse", "c", false);
        PactBodies.withExamples(template, "specs", specs);
        PactBodies.withExamples(template, "images", images);
        return builder.given(DEMO)
                .uponReceiving("a product by slug")
                .method("GET").matchPath("/api/catalog/products/" + SLUG, "/api/catalog/products/" + DEMO_SLUG)
                .willRespondWith().status(200)
                .body(template)
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

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact unknownSlug(PactDslWithProvider builder) {
        return builder.given(DEMO)
                .uponReceiving("a product slug that does not exist")
                .method("GET").path("/api/catalog/products/no-such-product")
                .willRespondWith().status(404)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact publicSettings(PactDslWithProvider builder) {
        return builder.given(DEMO)
                .uponReceiving("the public site settings")
                .method("GET").path("/api/catalog/settings/public")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody()
                        .stringType("company-name", "ZIVAH Trading S.A.")
                        .stringType("contact-email", "info@zivah.com")
                        .stringType("contact-phone", "+34 910 000 000")
                        .stringType("company-address", "Calle de Alcalá 100, 28009 Madrid, España")
                        .stringType("hero-title-es", "Materias primas de origen, al mejor precio")
                        .stringType("hero-title-en", "Raw materials from origin, at the best price")
                        .stringType("hero-subtitle-es", "Solicite una cotización y reciba una oferta en 24 horas")
                        .stringType("hero-subtitle-en", "Request a quote and get an offer within 24 hours"))
                .toPact();
    }

    /** The page envelope: one template for every item (types), three distinct examples, the category facets. */
    private static RequestResponsePact pageOfProducts(PactDslRequestWithPath request) {
        PactDslJsonBody template = new PactDslJsonBody();
        listed(product(template.minArrayLike("items", 1), 101, "ZV-CAF-001", "x", "x", "x", "x", "kg", 1000, "4.85",
                "USD"), DEMO_SLUG)
                .closeObject().closeArray();
        template.integerType("totalItems", 27L).integerType("totalPages", 3);
        template.object("facets").eachLike("categories").stringType("slug", "cafe-cacao").integerType("count", 2L)
                .closeObject().closeArray().closeObject();
        PactDslJsonArray items = new PactDslJsonArray();
        listedExample(example(items.object(), 101, "ZV-CAF-001", "Café verde arábica grado 1",
                "Green arabica coffee, grade 1",
                "Café arábica lavado de altura (1.400-1.800 m), zaranda 15 y superior, taza limpia con notas de caramelo"
                        + " y cítricos.",
                "Washed high-grown arabica (1,400-1,800 m), screen 15 and up, clean cup with caramel and citrus notes.",
                "kg", 1000, "4.85", "USD"), DEMO_SLUG, "cafe-cacao", 42000, "a", true).closeObject();
        listedExample(example(items.object(), 102, "ZV-CAF-004", "Granos de cacao fermentados", "Fermented cocoa beans",
                "Cacao fino de aroma fermentado 6 días y secado al sol; precio según bolsa de Nueva York y prima de calidad.",
                "Fine-flavour cocoa fermented for 6 days and sun-dried; priced on the New York exchange plus a quality"
                        + " premium.",
                "t", 12, null, "USD"), "granos-cacao-fermentados", "cafe-cacao", 80, "b", false).closeObject();
        // catalog texts are typed by staff: the pages must escape them
        listedExample(example(items.object(), 103, "ZV-ESP-003", "<script>alert('x')</script> Especial",
                "<script>alert('x')</script> Special", "Pimienta negra entera.", "Whole black pepper.",
                "bag", 10, "310.00", "EUR"), "pimenton-dulce-ahumado", "especias", 0, null, false).closeObject();
        PactBodies.withExamples(template, "items", items);
        PactDslJsonArray facets = new PactDslJsonArray();
        facets.object().stringValue("slug", "cafe-cacao").numberValue("count", 2).closeObject();
        facets.object().stringValue("slug", "especias").numberValue("count", 1).closeObject();
        ((au.com.dius.pact.core.support.json.JsonValue.Object) ((au.com.dius.pact.core.support.json.JsonValue.Object)
                template.getBody()).get("facets")).getEntries().put("categories", facets.getBody());
        return request.willRespondWith().status(200)
                .body(template)
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

    /** What lists and product pages read beyond the RFQ form: slug, category, stock, images, last change. */
    private static PactDslJsonBody listed(PactDslJsonBody body, String slug) {
        body.stringMatcher("slug", SLUG, slug)
                .stringMatcher("categorySlug", SLUG, "cafe-cacao")
                .integerType("stockQuantity", 42000)
                .stringMatcher("updatedAt", ISO_INSTANT, "2026-11-20T10:15:30Z");
        body.eachLike("images")
                .integerType("id", 12L)
                .booleanType("primary", true)
                .object("alt").stringType("es", "Granos de café").stringType("en", "Coffee beans").closeObject().asBody()
                .integerType("width", 1600)
                .integerType("height", 1200)
                .eachLike("variants")
                .stringMatcher("name", "thumbnail|card|large", "card")
                .stringMatcher("format", "webp|jpeg|png", "webp")
                .integerType("width", 640)
                .integerType("height", 480)
                .stringMatcher("url", IMAGE_URL, "/api/catalog/images/" + "a".repeat(64) + ".webp")
                .closeObject().closeArray().asBody()
                .closeObject().closeArray();
        return body;
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

    /** Example list fields; {@code hash} null: no image, {@code webp}: WebP variants besides the JPEG ones. */
    private static PactDslJsonBody listedExample(PactDslJsonBody body, String slug, String category, int stock,
            String hash, boolean webp) {
        body.stringValue("slug", slug).stringValue("categorySlug", category).numberValue("stockQuantity", stock)
                .stringValue("updatedAt", "2026-11-20T10:15:30Z");
        PactDslJsonArray images = body.array("images");
        if (hash != null) {
            imageExample(images, 12, true, "Imagen de " + slug, "Picture of " + slug, hash, webp);
        }
        images.closeArray();
        return body;
    }

    private static void imageExample(PactDslJsonArray images, long id, boolean primary, String altEs, String altEn,
            String hash, boolean webp) {
        PactDslJsonBody image = images.object().numberValue("id", id).booleanValue("primary", primary)
                .object("alt").stringValue("es", altEs).stringValue("en", altEn).closeObject().asBody()
                .numberValue("width", 1600).numberValue("height", 1200);
        PactDslJsonArray variants = image.array("variants");
        String[][] sizes = {{"thumbnail", "320", "240"}, {"card", "640", "480"}, {"large", "1600", "1200"}};
        for (String format : webp ? new String[] {"webp", "jpeg"} : new String[] {"jpeg"}) {
            String extension = format.equals("jpeg") ? "jpg" : format;
            for (String[] size : sizes) {
                String digest = sha256(hash + "-" + size[0] + "-" + format);
                variants.object().stringValue("name", size[0]).stringValue("format", format)
                        .numberValue("width", Integer.parseInt(size[1])).numberValue("height", Integer.parseInt(size[2]))
                        .stringValue("url", "/api/catalog/images/" + digest + "." + extension).closeObject();
            }
        }
        variants.closeArray();
        image.closeObject();
    }

    /** Content-hash URLs as the catalog makes them (here of a made-up text, one per variant). */
    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void spec(PactDslJsonArray specs, String key, String labelEs, String labelEn, String valueEs,
            String valueEn) {
        specs.object().stringValue("key", key)
                .object("label").stringValue("es", labelEs).stringValue("en", labelEn).closeObject().asBody()
                .object("value").stringValue("es", valueEs).stringValue("en", valueEn).closeObject().asBody()
                .closeObject();
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
        assertEquals("#6f4e37", coffee.color());
        assertEquals(10, coffee.sortOrder());
        assertEquals(2, coffee.productCount());
    }

    @Test
    @PactTestFor(pactMethod = "productPage")
    void readsAPageOfProducts(MockServer server) {
        ProductPage page = client(server).products(0, 12, "relevance", "es", null, null, null, null, null);
        assertEquals(27, page.totalItems());
        assertEquals(3, page.totalPages());
        ProductDto coffee = page.items().get(0);
        assertEquals(101, coffee.id());
        assertEquals(DEMO_SLUG, coffee.slug());
        assertEquals("cafe-cacao", coffee.categorySlug());
        assertEquals(new BigDecimal("4.85"), coffee.price());
        assertEquals(1000, coffee.minOrderQuantity());
        assertEquals(42000, coffee.stockQuantity());
        assertEquals(java.time.Instant.parse("2026-11-20T10:15:30Z"), coffee.updatedAt());
        ProductDto.Image image = coffee.images().get(0);
        assertTrue(image.primary());
        assertEquals(6, image.variants().size());
        assertEquals("webp", image.variants().get(0).format());
        ProductDto cocoa = page.items().get(1);
        assertTrue(cocoa.priceOnRequest());
        assertNull(cocoa.price());
        assertTrue(page.items().get(2).images().isEmpty());
        assertEquals(List.of("cafe-cacao", "especias"),
                page.facets().categories().stream().map(ProductPage.CategoryFacet::slug).toList());
        assertEquals(2, page.facets().categories().get(0).count());
    }

    @Test
    @PactTestFor(pactMethod = "productSearch")
    void sendsTheSearch(MockServer server) {
        assertFalse(client(server).products(0, 12, "relevance", "es", null, "café", null, null, null).items().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "productsOfACategory")
    void sendsTheCategory(MockServer server) {
        assertFalse(client(server).products(0, 12, "relevance", "es", "cafe-cacao", null, null, null, null).items()
                .isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "productSearchInACategory")
    void sendsTheCategoryAndTheSearch(MockServer server) {
        assertFalse(client(server).products(0, 12, "relevance", "es", "cafe-cacao", "arábica", null, null, null)
                .items().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "filteredProducts")
    void sendsThePriceRangeAndStockFilter(MockServer server) {
        assertFalse(client(server).products(0, 12, "relevance", "es", null, null, "1", "500", "true").items()
                .isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "unknownCategory")
    void anUnknownCategoryIsRefused(MockServer server) {
        WebApplicationException refused = assertThrows(WebApplicationException.class,
                () -> client(server).products(0, 12, "relevance", "es", "no-such-category", null, null, null, null));
        assertEquals(400, refused.getResponse().getStatus());
    }

    @Test
    @PactTestFor(pactMethod = "searchWithoutResults")
    void aSearchWithoutResultsIsAnEmptyPage(MockServer server) {
        ProductPage page = client(server).products(0, 12, "relevance", "es", null, "xyzzy", null, null, null);
        assertTrue(page.items().isEmpty());
        assertEquals(0, page.totalItems());
        assertTrue(page.facets().categories().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "oneProduct")
    void readsOneProduct(MockServer server) {
        ProductDto product = client(server).product("777");
        assertEquals(777, product.id());
        assertEquals("Combed cotton yarn", product.name().in(Language.EN));
    }

    @Test
    @PactTestFor(pactMethod = "productBySlug")
    void readsAProductWithSpecsAndGallery(MockServer server) {
        ProductDto product = client(server).product(DEMO_SLUG);
        assertEquals(DEMO_SLUG, product.slug());
        assertEquals(List.of("origin", "process", "packaging"), product.specs().stream().map(ProductDto.Spec::key).toList());
        assertEquals("Washed", product.specs().get(1).value().in(Language.EN));
        assertEquals("Proceso", product.specs().get(1).label().in(Language.ES));
        assertEquals(2, product.images().size());
        assertTrue(product.images().get(0).primary());
        assertEquals("Coffee sack in the warehouse", product.images().get(1).alt().in(Language.EN));
        assertEquals(java.time.Instant.parse("2026-11-02T09:00:00Z"), product.createdAt());
    }

    @Test
    @PactTestFor(pactMethod = "productNotSold")
    void aProductNotOnSaleIsNotFound(MockServer server) {
        WebApplicationException missing = assertThrows(WebApplicationException.class,
                () -> client(server).product("999999"));
        assertEquals(404, missing.getResponse().getStatus());
    }

    @Test
    @PactTestFor(pactMethod = "unknownSlug")
    void anUnknownSlugIsNotFound(MockServer server) {
        WebApplicationException missing = assertThrows(WebApplicationException.class,
                () -> client(server).product("no-such-product"));
        assertEquals(404, missing.getResponse().getStatus());
    }

    @Test
    @PactTestFor(pactMethod = "publicSettings")
    void readsThePublicSettings(MockServer server) {
        PublicSettings settings = client(server).publicSettings();
        assertEquals("ZIVAH Trading S.A.", settings.companyName());
        assertEquals("Raw materials from origin, at the best price", settings.heroTitleEn());
        assertEquals("info@zivah.com", settings.contactEmail());
    }
}
