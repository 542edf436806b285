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
import com.zivah.web.support.FakeUpstreams;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
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

    private static io.restassured.specification.RequestSpecification validForm() {
        return CsrfForm.post(null)
                .formParam("productId", "101").formParam("quantity", "600")
                .formParam("name", "Ana Beltrán").formParam("email", "ana@importadorasol.es");
    }

    @Test
    void nulInAFormFieldShowsTheFormAgainAndNeverReachesQuoteService() {
        int before = Fake.quoteCalls();
        CsrfForm.post(null)
                .formParam("productId", "101").formParam("quantity", "600")
                .formParam("name", "Ana\u0000Beltrán").formParam("email", "ana@importadorasol.es")
                .formParam("message", "hola\u0000")
                .when().post("/cotizar")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"name-error\""), containsString("id=\"message-error\""),
                        containsString("caracteres no válidos")));
        assertEquals(before, Fake.quoteCalls(), "a NUL must not reach quote-service");
    }

    @Test
    void twoHundredThousandFormFieldsAreAFriendly4xxNotA500() {
        StringBuilder body = new StringBuilder("productId=101&quantity=600&name=Eve&email=eve%40example.com");
        for (int i = 0; i < 200_000; i++) {
            body.append("&f").append(i).append('=');
        }
        Response response = CsrfForm.postRaw(null, body.toString()).when().post("/cotizar");
        response.then().statusCode(anyOf(is(400), is(413)))
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"es\">"), not(containsString("Exception"))));
        // still below the body limit, but above the parameter limit
        StringBuilder many = new StringBuilder("productId=101&quantity=600&name=Eve&email=eve%40example.com");
        for (int i = 0; i < 5_000; i++) {
            many.append("&f=");
        }
        CsrfForm.postRaw("en", many.toString()).when().post("/cotizar")
                .then().statusCode(anyOf(is(400), is(413)))
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("too")));
    }

    @Test
    void aBodyAboveTheLimitIsAFriendly413() {
        String big = "message=" + "a".repeat(300 * 1024);
        CsrfForm.postRaw(null, big).when().post("/cotizar")
                .then().statusCode(413)
                .contentType(containsString("text/html"))
                .body(containsString("demasiado grande"));
    }

    @Test
    void aFullLengthMessageWithAccentsStillFitsTheFieldLimit() {
        // 2,000 characters is the form's own limit; in UTF-8 that may be 4,000+ bytes (the old 2 KB field limit: 413)
        validForm().formParam("message", "ñá".repeat(1000)).when().post("/cotizar")
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
        given().header("Accept-Language", "en;q=abc").queryParam("lang", "en").when().get("/cotizar")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void aFailedCsrfCheckIsAFriendlyPageInTheUsersLanguageWithAWayBack() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("productId", "101").formParam("name", "Eve")
                .when().post("/cotizar")
                .then().statusCode(anyOf(is(400), is(403)))
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"es\">"), containsString("El formulario ha caducado"),
                        containsString("href=\"/cotizar\"")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("lang", "en")
                .formParam("productId", "101")
                .when().post("/cotizar")
                .then().statusCode(anyOf(is(400), is(403)))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("This form has expired")));
    }

    @Test
    void aForgedEqualCookieAndFieldPairIsRefused() {
        int before = Fake.quoteCalls();
        for (int size : new int[] {16, 32}) {
            byte[] bytes = new byte[size];
            new SecureRandom().nextBytes(bytes);
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .cookie("csrf-token", forged).formParam("csrf-token", forged)
                    .formParam("productId", "101").formParam("quantity", "600")
                    .formParam("name", "Eve").formParam("email", "eve@example.com")
                    .when().post("/cotizar")
                    .then().statusCode(anyOf(is(400), is(403)));
        }
        assertEquals(before, Fake.quoteCalls(), "a forged pair must not reach quote-service");
    }

    @Test
    void csrfCookieIsSameSiteStrictAndSecureBehindHttps() {
        String plain = given().when().get("/cotizar").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(plain.contains("csrf-token=") && plain.contains("SameSite=Strict") && !plain.contains("Secure"), plain);
        String https = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "shop.zivah.example")
                .when().get("/cotizar").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(https.contains("SameSite=Strict") && https.contains("Secure"), https);
    }

    @Test
    void aForgedHostHeaderNeverEndsUpInTheRedirect() {
        CsrfForm.post(null)
                .formParam("productId", "101").formParam("quantity", "600")
                .formParam("name", "Ana").formParam("email", "ana@importadorasol.es")
                .header("Host", "evil.example")
                .when().post("/cotizar")
                .then().statusCode(303)
                .header("Location", equalTo("/cotizar/gracias?numero=" + FakeUpstreams.QUOTE_NUMBER + "&lang=es"));
        CsrfForm.post(null)
                .formParam("productId", "101").formParam("quantity", "600")
                .formParam("name", "Ana").formParam("email", "ana@importadorasol.es")
                .header("X-Forwarded-Host", "evil.example")
                .when().post("/cotizar")
                .then().statusCode(303)
                .header("Location", not(containsString("evil.example")));
    }
}
