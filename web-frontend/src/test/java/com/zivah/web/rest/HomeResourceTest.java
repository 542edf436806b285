package com.zivah.web.rest;

import org.junit.jupiter.api.BeforeEach;
import jakarta.inject.Inject;
import com.zivah.web.service.CatalogCache;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class HomeResourceTest {

    /** Answers cached by an earlier test (or class) must not hide what this test makes catalog-service do. */
    @Inject
    CatalogCache catalogCache;

    @BeforeEach
    void forgetTheCatalog() {
        catalogCache.forgetAll();
    }

    @AfterEach
    void catalogBackUp() {
        Fake.catalogMode("OK");
    }

    @Test
    void rootRedirectsToSpanishByDefault() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(302)
                .header("Location", equalTo("/es/"))
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void rootRedirectsByCookieThenAcceptLanguage() {
        given().redirects().follow(false).header("Accept-Language", "en-GB,en;q=0.9").when().get("/")
                .then().statusCode(302).header("Location", equalTo("/en/"));
        given().redirects().follow(false).header("Accept-Language", "fr-FR, de;q=0.8").when().get("/")
                .then().statusCode(302).header("Location", equalTo("/es/"));
        given().redirects().follow(false).header("Accept-Language", "en").cookie("lang", "es").when().get("/")
                .then().statusCode(302).header("Location", equalTo("/es/"));
        given().redirects().follow(false).cookie("lang", "en").when().get("/")
                .then().statusCode(302).header("Location", equalTo("/en/"));
    }

    @Test
    void oldSearchLinksOnTheRootGoToTheCatalog() {
        given().redirects().follow(false).urlEncodingEnabled(false).when().get("/?q=caf%C3%A9&lang=en")
                .then().statusCode(302).header("Location", equalTo("/en/catalog?q=caf%C3%A9"));
        given().redirects().follow(false).when().get("/?lang=en")
                .then().statusCode(302).header("Location", equalTo("/en/"));
    }

    @Test
    void theRedirectLocationNeverComesFromTheHostHeader() {
        given().redirects().follow(false).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .when().get("/")
                .then().statusCode(302).header("Location", equalTo("/es/"));
    }

    @Test
    void spanishHomeShowsHeroFromSettingsCategoriesAndProducts() {
        given().when().get("/es/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("<html lang=\"es\">"),
                        containsString("Materias primas de origen, al mejor precio"),
                        containsString("Solicite una cotización y reciba una oferta en 24 horas"),
                        containsString("ZIVAH Trading S.A."), containsString("info@zivah.com"),
                        containsString("Calle de Alcalá 100"),
                        containsString("href=\"/es/catalogo/cafe-cacao\""), containsString("2 productos"),
                        containsString("fill=\"#6f4e37\""),
                        containsString("href=\"/es/productos/cafe-verde-arabica-grado-1\""),
                        containsString("Café verde arábica grado 1"), containsString("4,85"),
                        containsString("Precio a consultar"),
                        containsString("href=\"/cotizar?producto=102&amp;lang=es\""),
                        not(containsString("Coffee &amp; cocoa"))));
    }

    @Test
    void englishHomeIsInEnglishAndRemembersTheLanguage() {
        given().when().get("/en/")
                .then().statusCode(200)
                .cookie("lang", "en")
                .body(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("Raw materials from origin, at the best price"),
                        containsString("Coffee &amp; cocoa"), containsString("Green arabica coffee, grade 1"),
                        containsString("Price on request"), containsString("4.85 USD"),
                        containsString("href=\"/en/catalog\""),
                        not(containsString("Precio a consultar"))));
        // the cookie is only set when the language changes
        org.junit.jupiter.api.Assertions.assertNull(given().cookie("lang", "en").when().get("/en/")
                .then().statusCode(200).extract().cookie("lang"));
    }

    @Test
    void thePrefixDecidesTheLanguageWhateverTheCookieOrHeaderSay() {
        given().cookie("lang", "en").header("Accept-Language", "en").when().get("/es/")
                .then().statusCode(200).body(containsString("<html lang=\"es\">"));
    }

    @Test
    void categoriesFollowTheirSortOrder() {
        String html = given().get("/es/").then().statusCode(200).extract().asString();
        assertTrue(html.indexOf("Café y cacao") < html.indexOf("Especias"), "sortOrder 10 before 20");
    }

    @Test
    void languageSwitchLeadsToTheSamePageInTheOtherLanguage() {
        given().when().get("/es/")
                .then().statusCode(200)
                .body(allOf(containsString("href=\"/en/\" lang=\"en\" hreflang=\"en\""),
                        containsString("href=\"/es/\" lang=\"es\" hreflang=\"es\" aria-current=\"true\"")));
    }

    @Test
    void homeHasItsOwnTitleDescriptionCanonicalAndAlternates() {
        given().when().get("/en/")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<title>ZIVAH Trading S.A. · Export raw materials</title>"),
                        containsString("<meta name=\"description\" content=\"ZIVAH International: coffee"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost:8080/en/\">"),
                        containsString("<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost:8080/es/\">"),
                        containsString("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/en/\">"),
                        containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:8080/es/\">"),
                        containsString("<meta property=\"og:url\" content=\"http://localhost:8080/en/\">")));
    }

    @Test
    void productNamesAreHtmlEscaped() {
        given().when().get("/es/")
                .then().statusCode(200)
                .body(allOf(
                        containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Especial"),
                        not(containsString("<script>alert"))));
    }

    @Test
    void catalogDownGivesAFriendlyLocalizedPageWithoutDetails() {
        Fake.catalogMode("DOWN");
        given().when().get("/es/")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("Servicio no disponible"), containsString("Inténtelo de nuevo"),
                        not(containsString("Exception")), not(containsString("at com.zivah")),
                        not(containsString("127.0.0.1"))));
        given().when().get("/en/")
                .then().statusCode(503).body(containsString("Service unavailable"));
    }

    @Test
    void catalogAnswering5xxGivesTheSameFriendlyPage() {
        Fake.catalogMode("ERROR");
        given().when().get("/es/")
                .then().statusCode(503)
                .body(allOf(containsString("Servicio no disponible"), not(containsString("Exception"))));
    }

    @Test
    void stylesheetIsServedWithCacheHeaders() {
        given().when().get("/css/site.css")
                .then().statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", allOf(containsString("max-age=86400")));
    }

    @Test
    void publicPagesNeverRedirectToLogin() {
        given().redirects().follow(false).when().get("/es/cotizacion")
                .then().statusCode(200).header("Location", nullValue());
        given().redirects().follow(false).when().get("/es/contacto")
                .then().statusCode(200).header("Location", nullValue());
        given().redirects().follow(false).when().get("/en/")
                .then().statusCode(200).body(not(containsString("openid-connect")));
    }
}
