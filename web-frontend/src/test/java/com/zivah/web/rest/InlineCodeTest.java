package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.CsrfForm;
import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gateway's Content-Security-Policy allows no inline code ('self' only for script and style): no page may
 * contain an inline script, a style block, a style attribute, an event-handler attribute or a javascript: URL.
 * JSON-LD ({@code <script type="application/ld+json">}) is data, never executed, so the CSP does not concern it.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class InlineCodeTest {

    @jakarta.inject.Inject
    CartCookie cartCookie;

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\ssrc=)(?![^>]*\\stype=\"application/ld\\+json\")[^>]*>|<style[\\s>]|\\sstyle\\s*=|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void renderedPagesCarryNoInlineScriptOrStyle() {
        List<String> pages = new ArrayList<>();
        pages.add(given().get("/").asString());
        pages.add(given().get("/en/").asString());
        pages.add(given().queryParam("page", "2").get("/en/catalog").asString());
        pages.add(given().queryParam("q", "xyzzy").get("/es/catalogo").asString());
        pages.add(given().get("/es/catalogo/especias").asString());
        pages.add(given().get("/es/productos/cafe-verde-arabica-grado-1").asString());
        pages.add(given().get("/en/products/no-such-product").asString());
        pages.add(given().get("/es/cotizacion").asString());
        pages.add(given().cookie(CartCookie.NAME, cartCookie.encode(new com.zivah.web.service.QuoteCart(java.util.List.of(
                new com.zivah.web.service.QuoteCart.Line(101, 5, "nota", 1000, null),
                new com.zivah.web.service.QuoteCart.Line(999999, 5, null, null, null))))).get("/en/quote").asString());
        pages.add(given().get("/es/cotizacion/gracias").asString());
        pages.add(given().get("/es/contacto").asString());
        pages.add(given().get("/en/contact/thanks?ref=ZM-2026-000001").asString());
        pages.add(given().get("/no-existe").asString());
        pages.add(CsrfForm.post(null).formParam("name", "").formParam("email", "x").post("/es/contacto").asString());
        pages.add(given().contentType("application/x-www-form-urlencoded").formParam("a", "b").post("/es/contacto")
                .asString());
        Fake.catalogMode("ERROR");
        try {
            pages.add(given().get("/").asString());
        } finally {
            Fake.catalogMode("OK");
        }
        for (String html : pages) {
            assertTrue(html.contains("<html"), html);
            assertNoInlineCode(html, html);
        }
    }

    @Test
    void templatesCarryNoInlineScriptOrStyle() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertTrue(html.size() >= 6, "templates found: " + html);
            for (Path file : html) {
                assertNoInlineCode(Files.readString(file), file.toString());
            }
        }
    }

    private static void assertNoInlineCode(String html, String where) {
        Matcher m = INLINE.matcher(html);
        assertTrue(!m.find(), () -> "inline code '" + m.group() + "' in " + where);
    }
}
