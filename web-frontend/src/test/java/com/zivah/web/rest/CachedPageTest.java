package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class CachedPageTest {

    @Test
    void pagesCarryAnEtagOfTheirBodyAndAnswer304WhenItMatches() {
        for (String path : new String[] {"/es/", "/en/catalog", "/es/catalogo/especias",
                "/en/products/cafe-verde-arabica-grado-1", "/sitemap.xml", "/robots.txt"}) {
            Response first = given().get(path);
            first.then().statusCode(200).header("Cache-Control", equalTo("public, no-cache"));
            String etag = first.header("ETag");
            assertTrue(etag != null && etag.matches("\"[A-Za-z0-9_-]{43}\""), path + ": " + etag);
            given().header("If-None-Match", etag).get(path)
                    .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
            given().header("If-None-Match", "W/" + etag + ", \"other\"").get(path).then().statusCode(304);
            given().header("If-None-Match", "\"stale\"").get(path).then().statusCode(200).body(not(emptyString()));
        }
    }

    @Test
    void differentPagesHaveDifferentEtags() {
        assertNotEquals(given().get("/es/").header("ETag"), given().get("/en/").header("ETag"));
        assertNotEquals(given().get("/es/catalogo").header("ETag"),
                given().header("HX-Request", "true").get("/es/catalogo").header("ETag"));
    }

    @Test
    void assetsAreFingerprintedAndImmutable() {
        String html = given().get("/es/").asString();
        for (String pattern : new String[] {"/assets/site\\.[0-9a-f]{16}\\.css", "/assets/htmx\\.[0-9a-f]{16}\\.js"}) {
            Matcher m = Pattern.compile(pattern).matcher(html);
            assertTrue(m.find(), pattern + " in " + html);
            Response asset = given().get(m.group());
            asset.then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
            given().header("If-None-Match", asset.header("ETag")).get(m.group()).then().statusCode(304);
        }
        given().get("/assets/site.0000000000000000.css").then().statusCode(404);
        given().get("/assets/htmx.0000000000000000.js").then().statusCode(404)
                .contentType(containsString("text/html"));
    }
}
