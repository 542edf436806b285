package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class ProductPageResourceTest {

    static final String PATH_ES = "/es/productos/cafe-verde-arabica-grado-1";
    static final String PATH_EN = "/en/products/cafe-verde-arabica-grado-1";

    @Test
    void productPageShowsFactsSpecsAndTheAddToQuoteForm() {
        given().when().get(PATH_ES)
                .then().statusCode(200)
                .body(allOf(
                        containsString("<h1 id=\"product-title\">Café verde arábica grado 1</h1>"),
                        containsString("SKU ZV-CAF-001"),
                        containsString("4,85"), containsString("En existencia"),
                        containsString("1000 kg"),
                        containsString("<tr><th scope=\"row\">Proceso</th><td>Lavado</td></tr>"),
                        containsString("<tr><th scope=\"row\">Empaque</th><td>Sacos de yute de 70 kg</td></tr>"),
                        // breadcrumbs to the category page
                        containsString("<a href=\"/es/catalogo/cafe-cacao\">Café y cacao</a>"),
                        // add to quote: the RFQ form, prefilled (the cart is a later issue)
                        containsString("<form class=\"add-to-quote\" method=\"get\" action=\"/cotizar\""),
                        containsString("name=\"producto\" value=\"101\""),
                        containsString("name=\"cantidad\" type=\"number\" inputmode=\"numeric\" min=\"1000\""),
                        containsString("Pedido mínimo: 1000 kg")));
    }

    @Test
    void englishPageAndTheSwitchBetweenThem() {
        given().when().get(PATH_EN)
                .then().statusCode(200)
                .body(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("Green arabica coffee, grade 1"),
                        containsString("<tr><th scope=\"row\">Process</th><td>Washed</td></tr>"),
                        containsString("4.85 USD"), containsString("In stock"),
                        containsString("href=\"" + PATH_ES + "\" lang=\"es\""),
                        containsString("<link rel=\"canonical\" href=\"http://localhost:8080" + PATH_EN + "\">"),
                        containsString("hreflang=\"es\" href=\"http://localhost:8080" + PATH_ES + "\""),
                        containsString("hreflang=\"x-default\" href=\"http://localhost:8080" + PATH_ES + "\""),
                        containsString("<title>Green arabica coffee, grade 1 · ZIVAH International</title>"),
                        containsString("<meta property=\"og:type\" content=\"product\">")));
    }

    @Test
    void galleryHasResponsiveImagesPrimaryFirstAndLazyThumbnails() {
        String html = given().when().get(PATH_EN).then().statusCode(200).extract().asString();
        int main = html.indexOf("class=\"gallery-main\"");
        assertTrue(main > 0, html);
        String gallery = html.substring(main, html.indexOf("</section>", main));
        assertTrue(gallery.contains("<source type=\"image/webp\" srcset=\"/api/catalog/images/"), gallery);
        assertTrue(gallery.matches("(?s).*srcset=\"/api/catalog/images/[0-9a-f]{64}\\.jpg 320w, "
                + "/api/catalog/images/[0-9a-f]{64}\\.jpg 640w, /api/catalog/images/[0-9a-f]{64}\\.jpg 1600w\".*"),
                gallery);
        assertTrue(gallery.contains("width=\"640\" height=\"480\" alt=\"Green arabica coffee beans\" fetchpriority=\"high\""),
                gallery);
        assertTrue(gallery.contains("sizes=\""), gallery);
        // the second image is a lazy thumbnail with its own alt text as the link's name
        assertTrue(gallery.contains("aria-label=\"View larger image: Coffee sack in the warehouse\""), gallery);
        assertTrue(gallery.contains("width=\"320\" height=\"240\" alt=\"\" loading=\"lazy\""), gallery);
        assertTrue(html.contains("<meta property=\"og:image\" content=\"http://localhost:8080/api/catalog/images/"),
                html);
    }

    @Test
    void jsonLdIsAValidSchemaOrgProductWithItsOffer() throws Exception {
        String html = given().when().get(PATH_EN).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), html);
        JsonNode ld = new ObjectMapper().readTree(m.group(1));
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("Product", ld.get("@type").asText());
        assertEquals("Green arabica coffee, grade 1", ld.get("name").asText());
        assertEquals("ZV-CAF-001", ld.get("sku").asText());
        assertEquals("http://localhost:8080" + PATH_EN, ld.get("url").asText());
        assertTrue(ld.get("image").get(0).asText().startsWith("http://localhost:8080/api/catalog/images/"));
        JsonNode offer = ld.get("offers");
        assertEquals("Offer", offer.get("@type").asText());
        assertEquals("4.85", offer.get("price").asText());
        assertEquals("USD", offer.get("priceCurrency").asText());
        assertEquals("https://schema.org/InStock", offer.get("availability").asText());
        assertEquals(1000, offer.get("eligibleQuantity").get("minValue").asInt());
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        ProductPageResource resource = new ProductPageResource(null, null, new ObjectMapper(), null);
        var dto = new com.zivah.web.client.ProductDto(1, "X-1", "x", "c",
                new com.zivah.web.client.LocalizedText("</script><script>alert(1)</script>", null),
                new com.zivah.web.client.LocalizedText("a & b <!--", null), "kg", 1, null, "USD", true, 0, null, null,
                null, null);
        var detail = com.zivah.web.mapping.ViewMapper.detail(dto, com.zivah.platform.i18n.Language.ES);
        PageContext page = PageContext.publicPage(com.zivah.platform.i18n.Language.ES, "https://zivah.example",
                "catalog", "/es/productos/x", "/en/products/x", null, "t", "d");
        String json = resource.jsonLd(dto, detail, com.zivah.platform.i18n.Language.ES, page, "https://zivah.example");
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertFalse(json.contains("\"price\""), "price on request has no price: " + json);
        assertTrue(json.contains("OutOfStock"), json);
    }

    @Test
    void addToQuotePutsTheProductInTheCartWithItsQuantity() {
        Visitor visitor = new Visitor(null);
        assertEquals("/en/quote?n=added", visitor.add("777", "1500", "en"));
        visitor.given().get("/en/quote")
                .then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"),
                        containsString("Combed cotton yarn"),
                        containsString("name=\"quantity\" type=\"text\" inputmode=\"numeric\" required value=\"1500\"")));
        // a quantity that is not a number: the minimum order instead, nothing echoed
        Visitor other = new Visitor(null);
        other.add("777", "<b>1</b>", "es");
        other.given().get("/es/cotizacion")
                .then().statusCode(200).body(containsString("required value=\"1000\""), not(containsString("<b>1")));
    }

    @Test
    void anUnknownProductIsAHelpful404InItsLanguage() {
        given().when().get("/en/products/no-such-product")
                .then().statusCode(404)
                .body(allOf(containsString("Page not found"), containsString("action=\"/en/catalog\""),
                        containsString("href=\"/en/catalog/cafe-cacao\">Coffee &amp; cocoa</a>"),
                        containsString("href=\"/es/productos/no-such-product\" lang=\"es\"")));
        given().when().get("/es/productos/NOT_A_SLUG").then().statusCode(404);
        given().when().get("/es/productos/101").then().statusCode(404);
    }
}
