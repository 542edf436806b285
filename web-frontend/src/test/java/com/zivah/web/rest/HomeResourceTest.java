package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

    @AfterEach
    void catalogBackUp() {
        Fake.catalogMode("OK");
    }

    @Test
    void homeRendersCategoriesAndProductsInSpanishByDefault() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("<html lang=\"es\">"),
                        containsString("Café y cacao"), containsString("2 productos"), containsString("1 producto<"),
                        containsString("Café verde arábica grado 1"), containsString("Pedido mínimo"),
                        containsString("1000 kg"), containsString("4,85"),
                        containsString("Precio a consultar"),
                        containsString("href=\"/cotizar?producto=102\""),
                        containsString("Página 1 de 3"),
                        not(containsString("Coffee &amp; cocoa"))));
    }

    @Test
    void categoriesFollowTheirSortOrder() {
        String html = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(html.indexOf("Café y cacao") < html.indexOf("Especias"), "sortOrder 10 before 20");
    }

    @Test
    void langParamSwitchesToEnglishAndRemembersIt() {
        given().queryParam("lang", "en").when().get("/")
                .then().statusCode(200)
                .cookie("lang", "en")
                .body(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("Coffee &amp; cocoa"), containsString("Green arabica coffee, grade 1"),
                        containsString("Price on request"), containsString("$4.85"),
                        containsString("Minimum order"), containsString("Page 1 of 3"),
                        not(containsString("Precio a consultar"))));
    }

    @Test
    void langCookieKeepsEnglish() {
        given().cookie("lang", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Fermented cocoa beans"));
    }

    @Test
    void acceptLanguageIsUsedWithoutCookie() {
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "fr-FR, de;q=0.8").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"es\">"));
        given().header("Accept-Language", "en;q=0.5").cookie("lang", "es").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"es\">"));
    }

    @Test
    void languageSwitchLinksKeepTheCurrentQuery() {
        given().queryParam("q", "café").when().get("/")
                .then().statusCode(200)
                .body(containsString("href=\"/?q=caf%C3%A9&amp;lang=en\""));
    }

    @Test
    void searchCategoryAndPagePassThroughToTheCatalog() {
        given().queryParam("q", "arábica lavado").queryParam("category", "cafe-cacao").queryParam("page", "2")
                .when().get("/")
                .then().statusCode(200)
                .body(allOf(
                        containsString("value=\"arábica lavado\""),
                        containsString("<option value=\"cafe-cacao\" selected>"),
                        containsString("Página 2 de 3"),
                        containsString("rel=\"prev\""), containsString("rel=\"next\"")));
        String query = Fake.lastProductsQuery();
        assertTrue(query.contains("q=ar%C3%A1bica") && query.contains("lavado"), query);
        assertTrue(query.contains("category=cafe-cacao"), query);
        assertTrue(query.contains("page=1"), "UI page 2 is the catalog's zero-based page 1: " + query);
        assertTrue(query.contains("size=12"), query);
    }

    @Test
    void blankFiltersAreNotSentAndBadPageFallsBackToFirst() {
        given().queryParam("q", "  ").queryParam("page", "abc").when().get("/").then().statusCode(200);
        String query = Fake.lastProductsQuery();
        assertTrue(!query.contains("q=") && !query.contains("category=") && query.contains("page=0"), query);
    }

    @Test
    void productNamesAreHtmlEscaped() {
        given().when().get("/")
                .then().statusCode(200)
                .body(allOf(
                        containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Especial"),
                        not(containsString("<script>alert"))));
    }

    @Test
    void catalogDownGivesAFriendlyLocalizedPageWithoutDetails() {
        Fake.catalogMode("DOWN");
        given().when().get("/")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("Servicio no disponible"), containsString("Inténtelo de nuevo"),
                        not(containsString("Exception")), not(containsString("at com.zivah")),
                        not(containsString("127.0.0.1"))));
        given().cookie("lang", "en").when().get("/")
                .then().statusCode(503).body(containsString("Service unavailable"));
    }

    @Test
    void aFilterTheCatalogRefusesIsANotFoundPageNotAnOutage() {
        given().queryParam("category", "no-such-category").when().get("/")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(not(containsString("Servicio no disponible")));
    }

    @Test
    void catalogAnswering5xxGivesTheSameFriendlyPage() {
        Fake.catalogMode("ERROR");
        given().when().get("/")
                .then().statusCode(503)
                .body(allOf(containsString("Servicio no disponible"), not(containsString("Exception"))));
    }

    @Test
    void unknownPageIsAFriendly404() {
        given().when().get("/no-existe")
                .then().statusCode(404)
                .body(containsString("Página no encontrada"));
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
        given().redirects().follow(false).when().get("/cotizar")
                .then().statusCode(200).header("Location", org.hamcrest.Matchers.nullValue());
        given().redirects().follow(false).when().get("/?lang=en")
                .then().statusCode(200).body(not(containsString("openid-connect")));
    }
}
