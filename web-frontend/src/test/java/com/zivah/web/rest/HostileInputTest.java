package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.CsrfForm;
import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** What an attacker sends (issue 5, section 3): every answer is a friendly 4xx page, never a 500 or an empty body. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class HostileInputTest {

    @Test
    void nulInTheSearchOrCategoryIsAFriendly400InTheUsersLanguageAndNeverReachesTheCatalog() {
        for (String query : List.of("/?q=caf%00e", "/?category=cafe%00", "/?q=%00&category=%00", "/cotizar?producto=1%00")) {
            given().urlEncodingEnabled(false).when().get(query)
                    .then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(allOf(containsString("<html lang=\"es\">"), containsString("Solicitud no válida"),
                            not(containsString("Exception"))));
            assertTrue(!Fake.lastProductsQuery().contains("%00"), Fake.lastProductsQuery());
        }
        given().urlEncodingEnabled(false).cookie("lang", "en").when().get("/?q=caf%00e")
                .then().statusCode(400).body(allOf(containsString("<html lang=\"en\">"), containsString("Invalid request")));
        given().urlEncodingEnabled(false).when().get("/caf%00e")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"es\">"));
    }

    @Inject
    Signatures signatures;

    /** The contact form as a person sends it (CSRF token, key, a render time 10 s ago), name and e-mail filled. */
    private io.restassured.specification.RequestSpecification validForm() {
        Visitor visitor = new Visitor(signatures);
        return visitor.humanForm(visitor.get("/es/contacto"), 10)
                .formParam("name", "Ana Beltrán").formParam("email", "ana@importadorasol.es")
                .formParam("subject", "Envíos a Chile");
    }

    @Test
    void nulOrALineBreakInAOneLineFieldShowsTheFormAgainAndNeverReachesQuoteService() {
        int before = Fake.quoteCalls() + Fake.contactCalls();
        Visitor visitor = new Visitor(signatures);
        visitor.humanForm(visitor.get("/es/contacto"), 10)
                .formParam("name", "Ana\u0000Beltrán").formParam("email", "ana@importadorasol.es")
                .formParam("subject", "Hola\r\nBcc: victim@example.com")
                .formParam("message", "hola\u0000")
                .when().post("/es/contacto")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"name-error\""), containsString("id=\"message-error\""),
                        containsString("id=\"subject-error\""), containsString("caracteres no válidos")));
        Visitor buyer = new Visitor(signatures);
        buyer.add("101", "1200", "es");
        buyer.humanForm(buyer.get("/es/cotizacion"), 10)
                .formParam("name", "Ana\r\nBeltrán").formParam("email", "ana@importadorasol.es\u0000")
                .formParam("company", "Sol\u0007").formParam("preferredLanguage", "es")
                .when().post("/es/cotizacion/enviar")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"name-error\""), containsString("id=\"email-error\""),
                        containsString("id=\"company-error\"")));
        Response note = buyer.line("es", "update", "101", "1200", "nota\u0000");
        assertEquals(400, note.statusCode());
        assertTrue(note.asString().contains("id=\"note-101-error\""), note.asString());
        assertEquals(before, Fake.quoteCalls() + Fake.contactCalls(), "nothing reaches quote-service");
    }

    @Test
    void twoHundredThousandFormFieldsAreAFriendly4xxNotA500() {
        StringBuilder body = new StringBuilder("name=Eve&email=eve%40example.com");
        for (int i = 0; i < 200_000; i++) {
            body.append("&f").append(i).append('=');
        }
        Response response = CsrfForm.postRaw(null, body.toString()).when().post("/es/contacto");
        response.then().statusCode(anyOf(is(400), is(413)))
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"es\">"), not(containsString("Exception"))));
        // still below the body limit, but above the parameter limit
        StringBuilder many = new StringBuilder("name=Eve&email=eve%40example.com");
        for (int i = 0; i < 5_000; i++) {
            many.append("&f=");
        }
        CsrfForm.postRaw("en", many.toString()).when().post("/en/contact")
                .then().statusCode(anyOf(is(400), is(413)))
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("too")));
        CsrfForm.postRaw(null, many.toString()).when().post("/es/cotizacion/enviar")
                .then().statusCode(anyOf(is(400), is(413))).contentType(containsString("text/html"));
    }

    @Test
    void aBodyAboveTheLimitIsAFriendly413() {
        String big = "message=" + "a".repeat(300 * 1024);
        for (String path : List.of("/es/contacto", "/es/cotizacion/enviar", "/es/cotizacion/lineas")) {
            CsrfForm.postRaw(null, big).when().post(path)
                    .then().statusCode(413)
                    .contentType(containsString("text/html"))
                    .body(containsString("demasiado grande"));
        }
    }

    @Test
    void aFullLengthMessageWithAccentsStillFitsTheFieldLimit() {
        // 5,000 characters is the contact form's own limit; in UTF-8 that is 10,000 bytes (below the 16 KB field limit)
        validForm().formParam("message", "ñá".repeat(2500)).when().post("/es/contacto")
                .then().statusCode(303);
    }

    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        for (String header : List.of("en;q=abc", "en;q=", ";;;", "xx-@@@", "en;q=2")) {
            given().header("Accept-Language", header).when().get("/")
                    .then().statusCode(200).body(containsString("<html lang=\"es\">"));
        }
        given().header("Accept-Language", "en;q=abc").cookie("lang", "en").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
        given().redirects().follow(false).header("Accept-Language", "en;q=abc").queryParam("lang", "en")
                .when().get("/cotizar")
                .then().statusCode(303).header("Location", equalTo("/en/quote"));
    }

    @Test
    void aFailedCsrfCheckIsAFriendlyPageInTheUsersLanguageWithAWayBack() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "Eve")
                .when().post("/es/contacto")
                .then().statusCode(anyOf(is(400), is(403)))
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"es\">"), containsString("El formulario ha caducado"),
                        containsString("href=\"/es/contacto\"")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "Eve")
                .when().post("/en/contact")
                .then().statusCode(anyOf(is(400), is(403)))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("This form has expired")));
    }

    @Test
    void aForgedEqualCookieAndFieldPairIsRefused() {
        int before = Fake.contactCalls();
        for (int size : new int[] {16, 32}) {
            byte[] bytes = new byte[size];
            new SecureRandom().nextBytes(bytes);
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .cookie("csrf-token", forged).formParam("csrf-token", forged)
                    .formParam("name", "Eve").formParam("email", "eve@example.com")
                    .formParam("subject", "x").formParam("message", "y")
                    .when().post("/es/contacto")
                    .then().statusCode(anyOf(is(400), is(403)));
        }
        assertEquals(before, Fake.contactCalls(), "a forged pair must not reach quote-service");
    }

    @Test
    void csrfCookieIsSameSiteStrictAndSecureBehindHttps() {
        String plain = csrfCookie(given().when().get("/es/contacto").then().statusCode(200).extract().response());
        assertTrue(plain.contains("csrf-token=") && plain.contains("SameSite=Strict") && !plain.contains("Secure"), plain);
        String https = csrfCookie(given().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "shop.zivah.example")
                .when().get("/es/contacto").then().statusCode(200).extract().response());
        assertTrue(https.contains("SameSite=Strict") && https.contains("Secure"), https);
    }

    private static String csrfCookie(Response response) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("csrf-token="))
                .findFirst().orElse("");
    }

    @Test
    void aForgedHostHeaderNeverEndsUpInTheRedirect() {
        validForm().formParam("message", "Hola").header("Host", "evil.example")
                .when().post("/es/contacto")
                .then().statusCode(303)
                .header("Location", equalTo("/es/contacto/gracias?ref=ZM-2026-000001"));
        validForm().formParam("message", "Hola").header("X-Forwarded-Host", "evil.example")
                .when().post("/es/contacto")
                .then().statusCode(303)
                .header("Location", not(containsString("evil.example")));
    }
}
