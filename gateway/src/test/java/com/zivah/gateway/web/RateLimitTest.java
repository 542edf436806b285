package com.zivah.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.SmallBucket.class)
class RateLimitTest {

    /** Three POSTs per client per hour; upstreams are down, so an allowed request is a 502 from the proxy. */
    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(new UpstreamDownTest.DeadUpstreams().getConfigOverrides());
            config.put("zivah.gateway.rate-limit.capacity", "3");
            config.put("zivah.gateway.rate-limit.period", "1H");
            return config;
        }
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "metrics", management = true)
    java.net.URL metrics;

    @Test
    void publicWritesOverTheBurstGetA429ProblemAndOtherRequestsAreNotLimited() {
        // spellings of the same path share the bucket: plain, trailing slash, percent-encoded
        given().contentType("application/json").body("{}").when().post("/api/quotes").then().statusCode(502);
        given().contentType("application/json").body("{}").when().post("/api/quotes/").then().statusCode(502);
        given().urlEncodingEnabled(false).contentType("application/json").body("{}")
                .when().post("/api/%71uotes").then().statusCode(502);
        given().contentType("application/json").body("{}").header("X-Request-Id", "flood-4")
                .when().post("/api/quotes")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .header("X-Request-Id", "flood-4")
                .body("status", equalTo(429))
                .body("type", equalTo("https://zivah.com/problems/rate-limited"));
        // matrix parameters that upstreams strip cannot open a way around the exhausted bucket: refused at the edge
        for (String variant : new String[] {"/api/quotes/;x=1", "/api/quotes/;", "/api/quotes/;jsessionid=1",
            "/api/quotes;x=1", "/api/quotes%3Bx=1", "/cotizar;x=1", "/cotizar/;x=1"}) {
            given().urlEncodingEnabled(false).contentType("application/json").body("{}")
                    .when().post(variant)
                    .then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://zivah.com/problems/bad-path"));
        }
        // one bucket per client covers all public writes: the contact API (problem+json) and the web forms, whose
        // 429 is a page in the visitor's language (path prefix, else the lang cookie, else Spanish)
        given().contentType("application/json").body("{}").when().post("/api/contact-messages")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://zivah.com/problems/rate-limited"));
        given().contentType("application/x-www-form-urlencoded").formParam("a", "b").when().post("/es/cotizacion/enviar")
                .then().statusCode(429)
                .contentType(startsWith("text/html"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .header("Cache-Control", "no-store")
                .body(org.hamcrest.Matchers.containsString("<html lang=\"es\">"))
                .body(org.hamcrest.Matchers.containsString("Demasiados envíos"))
                .body(org.hamcrest.Matchers.containsString("href=\"/es/\""));
        given().contentType("application/x-www-form-urlencoded").formParam("a", "b").when().post("/en/contact/")
                .then().statusCode(429)
                .contentType(startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("<html lang=\"en\">"))
                .body(org.hamcrest.Matchers.containsString("Too many submissions"));
        given().contentType("application/x-www-form-urlencoded").formParam("a", "b").when().post("/en/quote/send")
                .then().statusCode(429).body(org.hamcrest.Matchers.containsString("Too many submissions"));
        given().contentType("application/x-www-form-urlencoded").formParam("a", "b").when().post("/es/contacto")
                .then().statusCode(429).body(org.hamcrest.Matchers.containsString("Demasiados envíos"));
        // the quote cart's own POSTs store nothing server-side: never limited
        given().contentType("application/x-www-form-urlencoded").formParam("a", "b").when().post("/es/cotizacion/lineas")
                .then().statusCode(502);
        // reads and other paths pass through to the (dead) upstream
        given().when().get("/api/quotes").then().statusCode(502);
        given().when().get("/").then().statusCode(502);
        given().contentType("application/json").body("{}").when().post("/api/catalog/products").then().statusCode(502);
        given().when().get(metrics).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("zivah_gateway_rate_limited_total"));
    }
}
