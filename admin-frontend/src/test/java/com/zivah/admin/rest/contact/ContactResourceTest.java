package com.zivah.admin.rest.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.admin.support.Fake;
import com.zivah.admin.support.FakeUpstreamsResource;
import com.zivah.admin.support.StaffForms;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Contact messages: list (open ones), read, mark handled (MANAGER+ only). */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class ContactResourceTest {

    static final String MESSAGE = "/admin/contact/ZM-2026-000001";

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void theOpenMessagesAndOneMessageWithoutTheButtonForAViewer() {
        given().queryParam("handled", "false").get("/admin/contact").then().statusCode(200)
                .body(allOf(containsString("href=\"" + MESSAGE + "\""), containsString("Envíos a Chile")));
        given().get(MESSAGE).then().statusCode(200)
                .body(allOf(containsString("¿Envían café verde a Valparaíso?"), containsString("Solo lectura"),
                        not(containsString("/handled\""))));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aManagerMarksAMessageHandled() {
        given().queryParam("lang", "en").get(MESSAGE).then().body(containsString("Mark as handled"));
        StaffForms.post(MESSAGE).post(MESSAGE + "/handled").then().statusCode(303)
                .header("Location", endsWith(MESSAGE + "?done=handled"));
        assertEquals("POST", Fake.last(Fake.CONTACT).method());
    }
}
