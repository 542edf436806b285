package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** quarkus.security.jaxrs.deny-unannotated-endpoints: an endpoint must say who may call it, or nobody may. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class UnannotatedEndpointTest {

    @Test
    void anEndpointWithoutASecurityAnnotationIsDeniedToAnonymousCallers() {
        given().when().get("/api/catalog/test-unannotated-probe").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void andEvenToAnAdmin() {
        given().when().get("/api/catalog/test-unannotated-probe").then().statusCode(403);
    }
}
