package com.zivah.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a TLS ingress or load balancer (here: the test client on 127.0.0.1 plays the trusted proxy). */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
@TestProfile(TrustedProxyTest.BehindIngress.class)
class TrustedProxyTest {

    public static class BehindIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zivah.gateway.trusted-proxies", "127.0.0.1,10.0.0.0/8",
                    "zivah.gateway.rate-limit.capacity", "1",
                    "zivah.gateway.rate-limit.period", "1H");
        }
    }

    @Test
    void whatTheTrustedProxyForwardedIsKept() {
        given().header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "shop.zivah.example")
                .header("X-Forwarded-Port", "443")
                .get("/api/catalog/products")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("203.0.113.7"))
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("shop.zivah.example"))
                .body("headers.x-forwarded-port", equalTo("443"))
                // the original scheme is https: browsers are told to stay on it
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void theClientIsTheRightMostUntrustedAddress() {
        given().header("X-Forwarded-For", "6.6.6.6, 198.51.100.9, 10.1.2.3")
                .get("/api/catalog/products")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("198.51.100.9"));
    }

    @Test
    void eachForwardedClientHasItsOwnRateLimitBucket() {
        given().header("X-Forwarded-For", "192.0.2.10").contentType("application/json").body("{}")
                .post("/api/quotes").then().statusCode(200);
        given().header("X-Forwarded-For", "192.0.2.10").contentType("application/json").body("{}")
                .post("/api/quotes").then().statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.11").contentType("application/json").body("{}")
                .post("/api/quotes").then().statusCode(200);
    }

    @Test
    void ipv6ClientsShareOneBucketPerSlash64() {
        given().header("X-Forwarded-For", "2001:db8:aa:bb::1").contentType("application/json").body("{}")
                .post("/api/quotes").then().statusCode(200);
        // another address of the same /64 is the same subscriber
        given().header("X-Forwarded-For", "2001:db8:aa:bb:ffff:1:2:3").contentType("application/json").body("{}")
                .post("/api/quotes").then().statusCode(429);
        given().header("X-Forwarded-For", "2001:db8:aa:bc::1").contentType("application/json").body("{}")
                .post("/api/quotes").then().statusCode(200);
    }
}
