package com.zivah.admin.rest.logs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import com.zivah.admin.support.FakeUpstreamsResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The merged activity page. catalog-service answers from its contract; quote-service and notification-service have
 * no activity interaction in admin-frontend's contracts yet, so the fake refuses them (500): the page shows the
 * catalog's entries and names the logs it could not read, instead of failing.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class ActivityResourceTest {

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void theCatalogsEntriesAreShownAndTheUnreadableLogsNamed() {
        given().get("/admin/activity").then().statusCode(200)
                .body(allOf(containsString("<code>product.updated</code>"), containsString("mara"),
                        containsString("MANAGER"), containsString("product 1"),
                        containsString("No se pudo leer el registro de: quote, notification"),
                        containsString("name=\"from\" type=\"date\"")));
    }
}
