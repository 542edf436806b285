package com.zivah.admin.rest.logs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.admin.support.Fake;
import com.zivah.admin.support.FakeUpstreamsResource;
import com.zivah.admin.support.StaffForms;
import com.zivah.testsupport.PactStubServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * The delivery log page on notification-service's committed contract: failures highlighted, the FAILED filter kept,
 * the resend (MANAGER+) behind its confirmation page and a CSRF-protected POST, Spanish and English.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class DeliveriesResourceTest {

    static final String CONFIRM = "/admin/deliveries/7/resend?recipient=ana%40importadorasol.es"
            + "&subject=Hemos+recibido+su+solicitud+ZQ-2026-000042";

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void theFailedMailIsHighlightedWithItsErrorAndTheSentOneIsNot() {
        given().get("/admin/deliveries").then().statusCode(200).header("Cache-Control", "no-store")
                .body(allOf(containsString("<tr class=\"failed\">"),
                        containsString("<span class=\"badge badge-fail\">Fallido</span>"),
                        containsString("<span class=\"badge badge-ok\">Enviado</span>"),
                        containsString("<td>Confirmación al comprador</td>"), containsString("<td>Cotización enviada</td>"),
                        containsString("<option value=\"FAILED\">Fallido</option>"),
                        containsString("Último error: 550 5.1.1 mailbox unavailable"),
                        containsString("Adjunto: ZQ-2026-000043-v1.pdf"), containsString("luis@cafesdelsur.es"),
                        containsString(">2 resultados<"), containsString("<td class=\"num\">3</td>"),
                        not(containsString("NOT_FOUND")),
                        containsString("href=\"" + CONFIRM.replace("&", "&amp;") + "\""),
                        containsString("href=\"/admin/deliveries/8/resend?")));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void theStatusFilterKeepsItsValueAndAViewerSeesNoResend() {
        given().queryParam("status", "FAILED").get("/admin/deliveries").then().statusCode(200)
                .body(allOf(containsString("<option value=\"FAILED\" selected>"),
                        not(containsString("<option value=\"SENT\" selected>")),
                        containsString("ana@importadorasol.es"), not(containsString("luis@cafesdelsur.es")),
                        containsString(">1 resultados<"), not(containsString("/resend")),
                        not(containsString("Reenviar"))));
        PactStubServer.Recorded list = Fake.last(Fake.NOTIFICATIONS);
        assertEquals("/api/notifications/deliveries", list.path());
        assertTrue(list.query().contains("status=FAILED"), list.query());
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void aViewerCanNeitherOpenTheConfirmationNorPostAResend() {
        given().get(CONFIRM).then().statusCode(403);
        StaffForms.post("/admin/deliveries").post("/admin/deliveries/7/resend").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void theResendIsConfirmedThenPostedAndFlashed() {
        given().urlEncodingEnabled(false).get(CONFIRM).then().statusCode(200)
                .body(allOf(containsString(
                                "El correo a ana@importadorasol.es (Hemos recibido su solicitud ZQ-2026-000042) se enviará"),
                        containsString("action=\"/admin/deliveries/7/resend\""), containsString("name=\"csrf-token\""),
                        containsString("href=\"/admin/deliveries\"")));
        String location = StaffForms.post(CONFIRM).post("/admin/deliveries/7/resend").then().statusCode(303)
                .extract().header("Location");
        PactStubServer.Recorded resend = Fake.last(Fake.NOTIFICATIONS);
        assertEquals("POST", resend.method());
        assertEquals("/api/notifications/deliveries/7/resend", resend.path());
        assertTrue(location.endsWith("/admin/deliveries?done=deliveryResent"), location);
        given().get(location).then().statusCode(200).body(containsString("Correo en cola para reenviarse."));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aResendWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/admin/deliveries/7/resend").then().statusCode(403)
                .body(containsString("El formulario ha caducado"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void thePageIsInEnglishOnRequest() {
        given().queryParam("lang", "en").get("/admin/deliveries").then().statusCode(200)
                .body(allOf(containsString("Mail deliveries"), containsString("Last error: 550 5.1.1"),
                        containsString("Attachment: ZQ-2026-000043-v1.pdf"), containsString(">Resend<"),
                        containsString(">Failed</span>"), containsString("<td>Confirmation to the buyer</td>"),
                        containsString("1 Dec 2026, 11:00 UTC")));
        given().queryParam("lang", "en").get("/admin/deliveries?done=deliveryResent").then()
                .body(containsString("Mail queued to be sent again."));
    }
}
