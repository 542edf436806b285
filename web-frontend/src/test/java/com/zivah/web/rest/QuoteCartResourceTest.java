package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.service.CatalogCache;
import com.zivah.web.service.QuoteCart;
import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreams;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quote cart, the RFQ form under it and the confirmation, against quote-service faked from its contract. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class QuoteCartResourceTest {

    @Inject
    CatalogCache catalogCache;

    @Inject
    Signatures signatures;

    @Inject
    CartCookie cartCookie;

    @BeforeEach
    void forgetTheCatalog() {
        catalogCache.forgetAll();
        Fake.quoteMode("OK");
    }

    private Visitor visitor() {
        return new Visitor(signatures);
    }

    private Visitor withCart(QuoteCart cart) {
        Visitor visitor = visitor();
        visitor.cookies.getCookieStore().addCookie(cookie(CartCookie.NAME, cartCookie.encode(cart)));
        return visitor;
    }

    private static org.apache.http.impl.cookie.BasicClientCookie cookie(String name, String value) {
        org.apache.http.impl.cookie.BasicClientCookie cookie = new org.apache.http.impl.cookie.BasicClientCookie(name,
                value);
        cookie.setDomain("localhost");
        cookie.setPath("/");
        return cookie;
    }

    private static RequestSpecification details(RequestSpecification form) {
        return form.formParam("name", "Ana Beltrán")
                .formParam("email", "ana@importadorasol.es")
                .formParam("phone", "+34 600 123 456")
                .formParam("company", "Importadora Sol S.L.")
                .formParam("country", "ES")
                .formParam("preferredLanguage", "es")
                .formParam("message", "Entrega CIF Valencia");
    }

    // ---- the cart ------------------------------------------------------------------------------------------------

    @Test
    void theAddLinkPutsTheProductInASignedCookieAndTheCartShowsIt() {
        Visitor v = visitor();
        Response added = v.given().queryParam("producto", "101").queryParam("cantidad", "1500")
                .queryParam("lang", "es").get("/cotizar");
        assertEquals(303, added.statusCode());
        assertEquals("/es/cotizacion?n=added", added.header("Location"));
        String setCookie = added.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(CartCookie.NAME + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(setCookie.contains("Max-Age=2592000"), setCookie);
        assertTrue(!setCookie.contains("Secure"), "http public base URL: no Secure flag " + setCookie);

        String page = v.get("/es/cotizacion?n=added");
        assertTrue(page.contains("Café verde arábica grado 1"), page);
        assertTrue(page.contains("id=\"quantity-101\" name=\"quantity\" type=\"text\" inputmode=\"numeric\" required value=\"1500\""), page);
        assertTrue(page.contains("Producto añadido a la cotización."), page);
        assertTrue(page.contains("hx-post=\"/es/cotizacion/lineas\""), "htmx swaps the cart in place");
        assertTrue(page.contains("name=\"csrf-token\""), page);
        v.given().get("/es/cotizacion").then().header("Cache-Control", "no-store");

        // the same link again: the same cart (one line, the new quantity)
        v.add("101", "1600", "es");
        v.given().get("/es/cotizacion/contador").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body(allOf(containsString("id=\"cart-count\""), containsString(">1<"),
                        containsString("1 artículo en la cotización")));
        assertTrue(v.get("/es/cotizacion").contains("value=\"1600\""));
    }

    @Test
    void aCardLinkWithoutQuantityAddsTheMinimumOrderAndEnglishWorksToo() {
        Visitor v = visitor();
        assertEquals("/en/quote?n=added", v.add("102", null, "en"));
        String page = v.get("/en/quote");
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("Fermented cocoa beans"), page);
        assertTrue(page.contains("required value=\"12\""), page);
        assertTrue(page.contains("Your quote request"), page);
        v.given().get("/en/quote/count").then().body(containsString("1 item in your quote"));
        // an unknown product or a non-number adds nothing
        assertEquals("/es/cotizacion", v.add("999999", "5", "es"));
        assertEquals("/es/cotizacion", v.add("abc", "5", "es"));
        v.given().get("/es/cotizacion/contador").then().body(containsString(">1<"));
    }

    @Test
    void publicPagesDoNotEmbedTheCountButLoadItWithAFallbackLink() {
        Visitor v = visitor();
        v.add("101", "1000", "es");
        String home = v.get("/es/catalogo");
        assertTrue(home.contains("href=\"/es/cotizacion\""), "no-JS fallback: the link to the cart");
        assertTrue(home.contains("hx-get=\"/es/cotizacion/contador\" hx-trigger=\"load\""), home);
        assertTrue(!home.contains("artículo en la cotización"), "a cached page never holds a visitor's count");
        assertTrue(home.contains("href=\"/es/contacto\""), "the contact form is linked");
    }

    @Test
    void quantityAndNoteChangeAndTheLineCanBeRemoved() {
        Visitor v = visitor();
        v.add("101", "1000", "es");
        Response updated = v.line("es", "update", "101", "2000", "Sacos de yute de 60 kg");
        assertEquals(303, updated.statusCode(), updated.asString());
        assertEquals("/es/cotizacion?n=updated", updated.header("Location"));
        String page = v.get("/es/cotizacion?n=updated");
        assertTrue(page.contains("value=\"2000\""), page);
        assertTrue(page.contains(">Sacos de yute de 60 kg</textarea>"), page);
        assertTrue(page.contains("Cotización actualizada."), page);

        Response removed = v.line("es", "remove", "101", null, null);
        assertEquals(303, removed.statusCode());
        assertEquals("/es/cotizacion?n=removed", removed.header("Location"));
        assertTrue(removed.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(CartCookie.NAME + "=;") && c.contains("Max-Age=0")),
                removed.headers().getValues("Set-Cookie").toString());
        String empty = v.get("/es/cotizacion?n=removed");
        assertTrue(empty.contains("Su cotización está vacía"), empty);
        assertTrue(!empty.contains("id=\"name\""), "no RFQ form for an empty cart");
    }

    @Test
    void aWrongQuantityOrATooLongNoteIsShownNextToTheLineInThePageLanguage() {
        Visitor v = visitor();
        v.add("101", "1000", "es");
        Response wrong = v.line("es", "update", "101", "abc", "x".repeat(501));
        assertEquals(400, wrong.statusCode());
        String page = wrong.asString();
        assertTrue(page.contains("La cantidad debe ser un número entero entre 1 y 1.000.000."), page);
        assertTrue(page.contains("La nota es demasiado larga (máximo 500 caracteres)."), page);
        assertTrue(page.contains("value=\"abc\""), "the value as typed");
        assertTrue(page.contains("aria-describedby=\"quantity-101-error\""), page);
        // htmx gets the same page as a 200 (htmx swaps no 4xx)
        String page2 = v.get("/en/quote");
        Response english = v.form(page2).header("HX-Request", "true").formParam("productId", "101")
                .formParam("action", "update").formParam("quantity", "0").post("/en/quote/lines");
        assertEquals(200, english.statusCode());
        assertTrue(english.asString().contains("The quantity must be a whole number between 1 and 1,000,000."));
        assertTrue(v.get("/es/cotizacion").contains("value=\"1000\""), "nothing was changed");
    }

    @Test
    void aTamperedOrGarbledCookieIsAnEmptyCart() {
        String real = cartCookie.encode(new QuoteCart(List.of(new QuoteCart.Line(101, 1000, null, 1000,
                new BigDecimal("4.85")))));
        String[] parts = real.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        for (String value : List.of(tampered, "x", "1..", "1.!!!." + parts[2], "2." + parts[1] + "." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2].toUpperCase(), "%00%0d%0a", "1." + "A".repeat(5000) + ".x")) {
            given().cookie(CartCookie.NAME, value).get("/es/cotizacion")
                    .then().statusCode(200).body(containsString("Su cotización está vacía"));
            given().cookie(CartCookie.NAME, value).get("/es/cotizacion/contador")
                    .then().statusCode(200).body(not(containsString("artículo")));
        }
        given().cookie(CartCookie.NAME, real).get("/es/cotizacion")
                .then().statusCode(200).body(containsString("Café verde arábica grado 1"));
    }

    @Test
    void aFullCartSaysSoAndDropsNothing() {
        List<QuoteCart.Line> lines = new ArrayList<>();
        for (int i = 0; i < QuoteCart.MAX_LINES; i++) {
            lines.add(new QuoteCart.Line(5000 + i, 1, null, null, null));
        }
        Visitor v = withCart(new QuoteCart(lines));
        Response add = v.given().queryParam("producto", "101").queryParam("lang", "es").get("/cotizar");
        assertEquals(303, add.statusCode());
        assertEquals("/es/cotizacion?n=full", add.header("Location"));
        assertTrue(add.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(CartCookie.NAME)),
                "the cart is left as it was");

        given().cookie(CartCookie.NAME, cartCookie.encode(new QuoteCart(List.of(
                new QuoteCart.Line(101, 1000, null, 1000, new BigDecimal("4.85"))))))
                .get("/es/cotizacion?n=full").then().statusCode(200)
                .body(allOf(containsString("Su cotización está completa: admite hasta 50 productos"),
                        containsString("role=\"alert\""), containsString("Café verde arábica grado 1")));
        // bytes are bounded too: a cart that would not fit in a cookie is refused, not cut
        List<QuoteCart.Line> noisy = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 10; i++) {
            StringBuilder note = new StringBuilder();
            random.ints(500, 0x4E00, 0x9FFF).forEach(note::appendCodePoint);
            noisy.add(new QuoteCart.Line(6000 + i, 1, note.toString(), null, null));
        }
        assertTrue(!cartCookie.fits(new QuoteCart(noisy)));
        assertTrue(cartCookie.fits(new QuoteCart(noisy.subList(0, 1))));
    }

    private static String noisyNote(long seed) {
        StringBuilder note = new StringBuilder();
        new java.util.Random(seed).ints(500, 0x4E00, 0x9FFF).forEach(note::appendCodePoint);
        return note.toString();
    }

    @Test
    void aNoteThatDoesNotFitInTheCookieIsRefusedWithAMessageAndTheCartKept() {
        QuoteCart two = new QuoteCart(List.of(
                new QuoteCart.Line(101, 1000, noisyNote(1), 1000, new BigDecimal("4.85")),
                new QuoteCart.Line(102, 12, noisyNote(2), 12, null),
                new QuoteCart.Line(103, 10, null, 10, new BigDecimal("310.0"))));
        QuoteCart three = two.update(103, 10, noisyNote(3), 10, new BigDecimal("310.0"));
        assertTrue(cartCookie.fits(two) && !cartCookie.fits(three), "the premise: two long notes fit, three do not");
        Visitor v = withCart(two);
        Response refused = v.line("es", "update", "103", "10", noisyNote(3));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("La nota no cabe en la cotización"), refused.asString());
        assertTrue(refused.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(CartCookie.NAME)),
                "the cart is left as it was");
        assertEquals(cartCookie.encode(two), v.cookie(CartCookie.NAME));
    }

    @Test
    void aWithdrawnProductAndChangedTermsAreFlaggedNotDroppedAndBlockTheRfq() {
        Visitor v = withCart(new QuoteCart(List.of(
                new QuoteCart.Line(999999, 5, "ya no existe", 10, new BigDecimal("1.00")),
                new QuoteCart.Line(101, 1000, null, 500, new BigDecimal("4.00")))));
        String page = v.get("/es/cotizacion");
        assertTrue(page.contains("Producto 999999"), page);
        assertTrue(page.contains("Este producto ya no está disponible. Quítelo para enviar la solicitud."), page);
        assertTrue(page.contains("Las condiciones de este producto han cambiado"), page);
        assertTrue(page.contains("Café verde arábica grado 1"), page);
        assertTrue(page.contains("Quite de la cotización los productos que ya no están disponibles"), page);

        int calls = Fake.quoteCalls();
        Response send = details(v.humanForm(page, 10)).post("/es/cotizacion/enviar");
        assertEquals(400, send.statusCode());
        assertTrue(send.asString().contains("Quite de la cotización los productos que ya no están disponibles"));
        assertEquals(calls, Fake.quoteCalls(), "nothing is sent while a line is unavailable");

        // updating the changed line confirms the terms now shown: the flag goes
        v.line("es", "update", "101", "1000", "");
        v.line("es", "remove", "999999", null, null);
        String after = v.get("/es/cotizacion");
        assertTrue(!after.contains("han cambiado") && !after.contains("ya no está disponible"), after);
    }

    // ---- the RFQ -------------------------------------------------------------------------------------------------

    @Test
    void aValidRfqSendsTheCartWithItsKeyEmptiesTheCartAndConfirmsWithASummary() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        v.add("102", "20", "es");
        v.line("es", "update", "101", "1200", "Sacos de yute de 60 kg");
        String page = v.get("/es/cotizacion");
        String key = Visitor.hidden(page).get("idempotencyKey");
        assertTrue(key.matches("[0-9a-f-]{36}"), key);
        assertTrue(page.contains("<option value=\"ES\">España</option>"), "countries named in the page language");
        assertTrue(page.contains("class=\"hp-field\" aria-hidden=\"true\""), page);

        Response sent = details(v.humanForm(page, 10)).post("/es/cotizacion/enviar");
        assertEquals(303, sent.statusCode(), sent.asString());
        assertEquals("/es/cotizacion/gracias", sent.header("Location"));
        assertEquals(key, Fake.lastIdempotencyKey());
        String body = Fake.lastQuote();
        assertTrue(body.contains("\"country\":\"ES\""), body);
        assertTrue(body.contains("\"locale\":\"es\""), body);
        assertTrue(body.contains("{\"productId\":101,\"quantity\":1200,\"note\":\"Sacos de yute de 60 kg\"}"), body);
        assertTrue(body.contains("{\"productId\":102,\"quantity\":20,\"note\":null}"), body);
        assertNull(v.cookie(CartCookie.NAME), "the cart is emptied by the redirect to the confirmation");

        String thanks = v.get("/es/cotizacion/gracias");
        assertTrue(thanks.contains("<strong>" + FakeUpstreams.QUOTE_NUMBER + "</strong>"), thanks);
        assertTrue(thanks.contains("Resumen de la solicitud"), thanks);
        assertTrue(thanks.contains("Café verde arábica grado 1") && thanks.contains("1200 kg"), thanks);
        assertTrue(thanks.contains("Granos de cacao fermentados") && thanks.contains("20 t"), thanks);
        v.given().get("/es/cotizacion/contador").then().body(not(containsString("artículo")));
    }

    @Test
    void doubleClickReloadAndBackResubmitCarryOneKeyAndLeadToTheSameConfirmation() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        String page = v.get("/es/cotizacion");
        String key = Visitor.hidden(page).get("idempotencyKey");
        int calls = Fake.quoteCalls();
        // a double click: two posts of the same form before the first answer is seen (the cart still full)
        Visitor twin = new Visitor(signatures);
        v.cookies.getCookieStore().getCookies().forEach(c -> twin.cookies.getCookieStore().addCookie(c));
        RequestSpecification first = details(v.humanForm(page, 10));
        RequestSpecification second = details(twin.humanForm(page, 10));
        assertEquals(303, first.post("/es/cotizacion/enviar").statusCode());
        assertEquals(key, Fake.lastIdempotencyKey());
        assertEquals(303, second.post("/es/cotizacion/enviar").statusCode());
        assertEquals(key, Fake.lastIdempotencyKey(), "the second click carries the same key: quote-service replays");
        assertEquals(calls + 2, Fake.quoteCalls());
        // reload / back + resubmit after the success: the cart is empty, the same form leads to the same confirmation
        Response again = details(v.humanForm(page, 20)).post("/es/cotizacion/enviar");
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals("/es/cotizacion/gracias", again.header("Location"));
        assertEquals(calls + 2, Fake.quoteCalls(), "nothing new is sent");
        assertTrue(v.get("/es/cotizacion/gracias").contains(FakeUpstreams.QUOTE_NUMBER));
    }

    @Test
    void invalidDetailsAreShownInSpanishWithValuesKeptAndTheSameKey() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        String page = v.get("/es/cotizacion");
        String key = Visitor.hidden(page).get("idempotencyKey");
        int calls = Fake.quoteCalls();
        Response wrong = v.humanForm(page, 10)
                .formParam("name", "")
                .formParam("email", "no-es-un-correo")
                .formParam("company", "Café & <Cía>")
                .formParam("country", "XX")
                .formParam("preferredLanguage", "en")
                .post("/es/cotizacion/enviar");
        assertEquals(400, wrong.statusCode());
        String body = wrong.asString();
        for (String expected : List.of("<html lang=\"es\">", "Indique su nombre.",
                "Introduzca un correo electrónico válido", "Elija un país de la lista.",
                "value=\"no-es-un-correo\"", "value=\"Café &amp; &lt;Cía&gt;\"", "aria-describedby=\"email-error\"",
                "id=\"country-error\"", "role=\"alert\"", "<option value=\"en\" lang=\"en\" selected>",
                "name=\"idempotencyKey\" value=\"" + key + "\"")) {
            assertTrue(body.contains(expected), expected + " in " + body);
        }
        assertEquals(calls, Fake.quoteCalls(), "an invalid form must not reach quote-service");
        // the fill time counts from the first view: a genuine render time is kept through the error page, so a
        // person who fixes one field at once is not taken for a bot; a forged one is replaced
        String started = FormGuard.started(signatures, System.currentTimeMillis() - 5_000, key);
        String again = v.form(page).formParam("idempotencyKey", key).formParam("started", started)
                .formParam("name", "Ana").formParam("email", "x").post("/es/cotizacion/enviar").asString();
        assertTrue(again.contains("name=\"started\" value=\"" + started + "\""), again);
        String forged = v.form(page).formParam("idempotencyKey", key).formParam("started", "1.x")
                .formParam("name", "Ana").formParam("email", "x").post("/es/cotizacion/enviar").asString();
        assertTrue(!forged.contains("name=\"started\" value=\"1.x\""), forged);
    }

    @Test
    void aLineChangedInPlaceKeepsTheRfqFormValidAndAnErrorPageCanBeSentAgain() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        String before = v.get("/es/cotizacion");
        assertTrue(before.contains("hx-select-oob=\"#cart-count,#rfq-csrf\""), before);
        // htmx posts the line form and follows the 303 to the page, from which it picks #cart and #rfq-csrf
        Response changed = v.form(before).header("HX-Request", "true").formParam("productId", "101")
                .formParam("action", "update").formParam("quantity", "1300").post("/es/cotizacion/lineas");
        assertEquals(303, changed.statusCode());
        String after = v.get("/es/cotizacion?n=updated");
        String token = Visitor.hidden(after).get("csrf-token");
        assertTrue(after.contains("id=\"rfq-csrf\" name=\"csrf-token\" value=\"" + token + "\""), after);
        // the page drawn again gave the session a new token: the field of the first page is stale, the swapped one valid
        details(v.humanForm(before, 10)).post("/es/cotizacion/enviar")
                .then().statusCode(403).body(containsString("El formulario ha caducado"));
        Response wrong = v.humanForm(after, 10).formParam("name", "Ana Beltrán").formParam("email", "nope")
                .formParam("preferredLanguage", "es").post("/es/cotizacion/enviar");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.asString().contains("Introduzca un correo electrónico válido"));
        // fixed on the error page and sent from it
        Response fixed = v.humanForm(wrong.asString(), 10).formParam("name", "Ana Beltrán")
                .formParam("email", "ana@importadorasol.es").formParam("preferredLanguage", "es")
                .post("/es/cotizacion/enviar");
        assertEquals(303, fixed.statusCode(), fixed.asString());
        assertTrue(Fake.lastQuote().contains("\"quantity\":1300"), Fake.lastQuote());
    }

    @Test
    void invalidDetailsAreShownInEnglish() {
        Visitor v = visitor();
        v.add("101", "1200", "en");
        String page = v.get("/en/quote");
        String body = v.humanForm(page, 10).formParam("name", "John").formParam("email", "john@")
                .formParam("country", "GB").formParam("preferredLanguage", "fr")
                .post("/en/quote/send").then().statusCode(400).extract().asString();
        assertTrue(body.contains("Enter a valid email address"), body);
        assertTrue(body.contains("Choose the language of the answer."), body);
        assertTrue(body.contains("value=\"John\""), body);
        assertTrue(body.contains("<option value=\"GB\" selected>United Kingdom</option>"), body);
        assertTrue(!body.contains("Indique"), body);
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessAndSendsNothing() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        String page = v.get("/es/cotizacion");
        int calls = Fake.quoteCalls();
        Response bot = details(v.humanForm(page, 10)).formParam("website", "http://spam.example").post("/es/cotizacion/enviar");
        assertEquals(303, bot.statusCode());
        assertEquals("/es/cotizacion/gracias", bot.header("Location"));
        assertEquals(calls, Fake.quoteCalls());
        assertTrue(v.get("/es/cotizacion/gracias").contains("Hemos recibido su solicitud"));
    }

    @Test
    void aFormSentTooFastOrWithAForgedTimeIsShownAgainWithAFriendlyMessage() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        String page = v.get("/es/cotizacion");
        int calls = Fake.quoteCalls();
        Response fast = details(v.humanForm(page, 1)).post("/es/cotizacion/enviar");
        assertEquals(400, fast.statusCode());
        assertTrue(fast.asString().contains("espere unos segundos y vuelva a enviar el formulario"), fast.asString());
        assertTrue(fast.asString().contains("value=\"ana@importadorasol.es\""), "values kept");
        Response forged = details(v.form(page).formParam("idempotencyKey", Visitor.hidden(page).get("idempotencyKey"))
                .formParam("started", "1.forged")).post("/es/cotizacion/enviar");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.asString().contains("espere unos segundos"));
        // the page's own render time, right away, is too fast as well
        Response own = details(v.form(page).formParam("idempotencyKey", Visitor.hidden(page).get("idempotencyKey"))
                .formParam("started", Visitor.hidden(page).get("started"))).post("/es/cotizacion/enviar");
        assertEquals(400, own.statusCode());
        assertEquals(calls, Fake.quoteCalls());
    }

    @Test
    void withoutCsrfTokenTheFormIsRefusedWithTheExpiredPage() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        int calls = Fake.quoteCalls();
        v.given().contentType("application/x-www-form-urlencoded").formParam("name", "Eve")
                .formParam("email", "eve@example.com").post("/es/cotizacion/enviar")
                .then().statusCode(403)
                .body(allOf(containsString("El formulario ha caducado"), containsString("href=\"/es/cotizacion\"")));
        v.given().contentType("application/x-www-form-urlencoded").formParam("productId", "101")
                .formParam("action", "remove").post("/es/cotizacion/lineas")
                .then().statusCode(403);
        assertEquals(calls, Fake.quoteCalls());
        assertTrue(v.get("/es/cotizacion").contains("Café verde arábica"), "a forged remove changed nothing");
    }

    @Test
    void quoteServiceDownShowsTheFormAgainWithTryAgainAndKeepsTheCart() {
        Visitor v = visitor();
        v.add("101", "1200", "es");
        String page = v.get("/es/cotizacion");
        String key = Visitor.hidden(page).get("idempotencyKey");
        for (String mode : List.of("DOWN", "ERROR")) {
            Fake.quoteMode(mode);
            Response down = details(v.humanForm(page, 10)).post("/es/cotizacion/enviar");
            assertEquals(503, down.statusCode(), mode);
            String body = down.asString();
            assertTrue(body.contains("No pudimos registrar su solicitud en este momento"), body);
            assertTrue(body.contains("value=\"Importadora Sol S.L.\""), body);
            assertTrue(body.contains("name=\"idempotencyKey\" value=\"" + key + "\""), "a retry is the same request");
            assertNotNull(v.cookie(CartCookie.NAME), "the cart stays");
        }
        Fake.quoteMode("OK");
        assertEquals(303, details(v.humanForm(page, 10)).post("/es/cotizacion/enviar").statusCode());
        assertEquals(key, Fake.lastIdempotencyKey());
    }

    @Test
    void belowTheMinimumOrderIsAcceptedAndTheWarningShownOnTheConfirmation() {
        Visitor v = visitor();
        v.add("777", "10", "en");
        String page = v.get("/en/quote");
        assertTrue(page.contains("Below the minimum order (1000 kg)"), page);
        Response sent = details(v.humanForm(page, 10)).formParam("preferredLanguage", "en").post("/en/quote/send");
        assertEquals(303, sent.statusCode(), sent.asString());
        String thanks = v.get("/en/quote/thanks");
        assertTrue(thanks.contains("ZQ-2026-000043"), thanks);
        assertTrue(thanks.contains("Combed cotton yarn"), thanks);
        assertTrue(thanks.contains("Below the minimum order (1000 kg)"), thanks);
    }

    @Test
    void theConfirmationWithoutItsCookieShowsNoNumber() {
        given().get("/es/cotizacion/gracias").then().statusCode(200)
                .body(allOf(containsString("Hemos recibido su solicitud"), not(containsString("ZQ-"))));
        given().cookie(ConfirmationCookie.NAME, "eyJuIjoiWlEtMjAyNi05OTk5OTkifQ.forged").get("/es/cotizacion/gracias")
                .then().statusCode(200).body(not(containsString("ZQ-2026-999999")));
    }

    @Test
    void languageSwitchOfTheCartLeadsToTheOtherCart() {
        given().get("/es/cotizacion").then().statusCode(200)
                .body(allOf(containsString("href=\"/en/quote\""), containsString("<title>Su solicitud de cotización")));
        given().get("/en/quote/thanks").then().body(containsString("href=\"/es/cotizacion/gracias\""));
        given().redirects().follow(false).get("/cotizar").then().statusCode(303).header("Location", equalTo("/es/cotizacion"));
        String cookies = String.join("\n", given().redirects().follow(false).get("/es/cotizacion/contador").headers()
                .getValues("Set-Cookie"));
        assertTrue(!cookies.contains("csrf-token") && !cookies.contains(CartCookie.NAME), cookies);
    }
}
