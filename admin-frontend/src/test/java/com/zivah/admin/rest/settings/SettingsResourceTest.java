package com.zivah.admin.rest.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import com.zivah.admin.support.FakeUpstreamsResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Site settings: a typed editor per setting (catalog-service answered from the contract). */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class SettingsResourceTest {

    @Test
    @TestSecurity(user = "root", roles = "ADMIN")
    void anEmailSettingGetsAnEmailInputWithItsVersion() {
        given().get("/admin/settings").then().statusCode(200)
                .body(allOf(containsString("id=\"value-contact-email\" name=\"value\" type=\"email\""),
                        containsString("value=\"ventas@zivah.com\""), containsString("name=\"version\" value=\"1\""),
                        containsString("action=\"/admin/settings/contact-email\"")));
    }
}
