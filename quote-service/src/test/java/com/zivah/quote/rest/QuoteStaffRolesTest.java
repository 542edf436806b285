package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static io.restassured.RestAssured.given;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Who may call the staff endpoints of issue 9: reads every staff role, writes MANAGER and ADMIN. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteStaffRolesTest {

    static final String[] READS = {"versions", "versions/1", "versions/1/pdf", "preview.pdf", "timeline"};

    static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body);
    }

    static void writes(String number, int expected) {
        json("{\"version\":0}").when().put("/api/quotes/" + number + "/pricing").then().statusCode(expected);
        json("{\"action\":\"START_PROCESSING\",\"version\":0}").when().post("/api/quotes/" + number + "/transitions")
                .then().statusCode(expected);
        json("{\"version\":0}").when().post("/api/quotes/" + number + "/send").then().statusCode(expected);
    }

    static void reads(String number, int expected) {
        for (String read : READS) {
            given().when().get("/api/quotes/" + number + "/" + read).then().statusCode(expected);
        }
    }

    @Test
    void anonymousCallersAre401() {
        writes("ZQ-2026-000001", 401);
        reads("ZQ-2026-000001", 401);
        given().when().get("/api/quotes/activity").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void aViewerReadsButNeverWrites() {
        String number = rfq("Ana", "es", 1);
        writes(number, 403);
        given().when().get("/api/quotes/" + number + "/versions").then().statusCode(200);
        given().when().get("/api/quotes/" + number + "/timeline").then().statusCode(200);
        given().when().get("/api/quotes/" + number + "/preview.pdf").then().statusCode(200);
        given().when().get("/api/quotes/" + number + "/versions/1").then().statusCode(404);
        given().when().get("/api/quotes/activity").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "pablo", roles = "ADMIN")
    void anAdminWrites() {
        String number = rfq("Ana", "es", 1);
        json("{\"action\":\"START_PROCESSING\",\"version\":0}").when().post("/api/quotes/" + number + "/transitions")
                .then().statusCode(200);
        json("{\"version\":1}").when().put("/api/quotes/" + number + "/pricing").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aManagerWrites() {
        String number = rfq("Ana", "es", 1);
        json("{\"version\":0}").when().put("/api/quotes/" + number + "/pricing").then().statusCode(200);
        json("{\"action\":\"CANCEL\",\"version\":1,\"reason\":\"duplicado\"}")
                .when().post("/api/quotes/" + number + "/transitions").then().statusCode(200);
    }
}
