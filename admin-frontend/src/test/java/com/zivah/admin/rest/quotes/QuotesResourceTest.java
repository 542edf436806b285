package com.zivah.admin.rest.quotes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quote list and a quote's page: what each role sees, pricing, refusals next to the fields, sending. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class QuotesResourceTest {

    static final String PENDING = "/admin/quotes/ZQ-2026-000042";
    static final String PRICED = "/admin/quotes/ZQ-2026-000043";

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void theListFiltersAndLinksEachQuote() {
        given().queryParam("status", "PENDING").queryParam("country", "ES").queryParam("q", "Sol")
                .get("/admin/quotes").then().statusCode(200).header("Cache-Control", "no-store")
                .body(allOf(containsString("href=\"/admin/quotes/ZQ-2026-000042\""),
                        containsString("<option value=\"PENDING\" selected>"), containsString("value=\"Sol\"")));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void aViewerSeesTheQuoteButNoInputsOrButtons() {
        given().get(PENDING).then().statusCode(200)
                .body(allOf(containsString("Café verde arábica grado 1"), containsString("Sacos de yute de 60 kg"),
                        containsString("Solo lectura"), containsString("Solicitud recibida"),
                        // the quote's mails and the buyer's language named in the page language, not by their codes
                        containsString("Cotización enviada"), not(containsString("<td>QUOTE_SENT")),
                        containsString("<dd>Español</dd>"),
                        not(containsString("name=\"price.1\"")), not(containsString("/transitions")),
                        not(containsString("/send"))));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aManagerPricesAPendingQuoteWithTheActionsTheGraphAllows() {
        given().get(PENDING).then().statusCode(200)
                .body(allOf(containsString("name=\"price.1\""), containsString("name=\"discountPercent\""),
                        containsString("value=\"START_PROCESSING\""), containsString("value=\"CANCEL\""),
                        not(containsString("/send\""))));
        // the pending quote has no valid-until day yet: the form starts from quote-service's proposal
        given().get(PENDING).then()
                .body(allOf(containsString("name=\"validUntil\" type=\"date\" value=\"2026-12-31\""),
                        containsString("name=\"currency\" value=\"EUR\"")));
        given().get(PRICED).then().statusCode(200)
                .body(allOf(containsString("13.500,00"), containsString("action=\"/admin/quotes/ZQ-2026-000043/send\""),
                        containsString("name=\"confirm\""), containsString("data-confirm=")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void savedPricingRedirectsWithASuccessMessage() {
        String until = LocalDate.now().plusDays(30).toString();
        String location = StaffForms.post(PENDING).formParam("version", "0").formParam("currency", "eur")
                .formParam("validUntil", until).formParam("discountPercent", "10.00")
                .formParam("terms", "FOB Valencia").formParam("adminNotes", "Cliente habitual")
                .formParam("price.1", "12.50")
                .post(PENDING + "/pricing").then().statusCode(303).extract().header("Location");
        assertEquals(PENDING + "?done=priced", location);
        PactStubServer.Recorded put = Fake.last(Fake.QUOTES);
        assertEquals("PUT", put.method());
        assertTrue(put.body().contains("\"unitPrice\":12.50") && put.body().contains("\"currency\":\"EUR\""), put.body());
        given().get(location).then().body(containsString("Precios guardados."));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aRefusedPriceIsShownNextToItsLine() {
        StaffForms.post(PENDING).formParam("version", "0").formParam("currency", "EUR").formParam("price.1", "-1")
                .post(PENDING + "/pricing").then().statusCode(400)
                .body(allOf(containsString("id=\"price-1-error\""), containsString("no debe ser negativo"),
                        containsString("aria-invalid=\"true\""), containsString("value=\"-1\"")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aPriceThatIsNotANumberNeverReachesTheService() {
        StaffForms.post(PENDING).formParam("version", "0").formParam("price.1", "doce")
                .post(PENDING + "/pricing").then().statusCode(400)
                .body(allOf(containsString("Introduzca un número"), containsString("value=\"doce\"")));
        assertEquals("GET", Fake.last(Fake.QUOTES).method());
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void amountsCountriesAndTimesAreWrittenInThePageLanguage() {
        given().get(PRICED).then().statusCode(200)
                .body(allOf(containsString("data-total>13.500,00<"), containsString("España (ES)"),
                        containsString("1 dic 2026, 09:30 UTC"), not(containsString(">13500.00<"))));
        given().queryParam("lang", "en").get(PRICED).then().statusCode(200)
                .body(allOf(containsString("data-total>13,500.00<"), containsString("Spain (ES)"),
                        containsString("1 Dec 2026, 09:30 UTC")));
        given().queryParam("status", "PENDING").queryParam("country", "ES").queryParam("q", "Sol")
                .get("/admin/quotes").then().statusCode(200)
                .body(allOf(containsString("<td>España</td>"), containsString("value=\"ES\"")));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void theTimelineIsWrittenInThePageLanguageFromItsDetails() {
        given().get(PRICED).then().statusCode(200)
                .body(allOf(containsString("El comprador envió la solicitud de cotización"),
                        containsString("Precios cambiados: total 13.500,00 EUR"),
                        containsString("Pendiente → En proceso (Empezar a procesar)"),
                        containsString("Notas internas cambiadas"),
                        not(containsString("English summary")), not(containsString("START_PROCESSING)"))));
        given().queryParam("lang", "en").get(PRICED).then().statusCode(200)
                .body(allOf(containsString("The buyer submitted the request for quote"),
                        containsString("Prices changed: total 13,500.00 EUR"),
                        containsString("Pending → Processing (Start processing)"),
                        containsString("Internal notes changed"), not(containsString("English summary"))));
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aPriceTypedWithASpanishCommaOrGroupingReachesTheServiceAsADecimal() {
        for (String[] typed : new String[][] {{"1.234,50", "1234.50"}, {"12,35", "12.35"}, {"1,234.50", "1234.50"}}) {
            StaffForms.post(PENDING).formParam("version", "0").formParam("currency", "EUR")
                    .formParam("validUntil", LocalDate.now().plusDays(30).toString()).formParam("discountPercent", "2,5")
                    .formParam("terms", "FOB Valencia").formParam("adminNotes", "Cliente habitual")
                    .formParam("price.1", typed[0]).post(PENDING + "/pricing").then().statusCode(303);
            String body = Fake.last(Fake.QUOTES).body();
            assertTrue(body.contains("\"unitPrice\":" + typed[1]) && body.contains("\"discountPercent\":2.5"),
                    typed[0] + " → " + body);
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aPriceThatCouldBeThousandsOrDecimalsIsRefusedNotGuessed() {
        StaffForms.post(PENDING).formParam("version", "0").formParam("price.1", "1.234")
                .post(PENDING + "/pricing").then().statusCode(400)
                .body(allOf(containsString("¿Miles o decimales?"), containsString("value=\"1.234\"")));
        assertEquals("GET", Fake.last(Fake.QUOTES).method());
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void sendingNeedsTheConfirmation() {
        StaffForms.post(PRICED).formParam("version", "1").post(PRICED + "/send").then().statusCode(400)
                .body(containsString("Marque la casilla de confirmación"));
        StaffForms.post(PRICED).formParam("version", "1").formParam("confirm", "yes").post(PRICED + "/send")
                .then().statusCode(303).header("Location", endsWith(PRICED + "?done=sent"));
        assertEquals("POST", Fake.last(Fake.QUOTES).method());
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aTransitionIsAPostWithTheVersion() {
        StaffForms.post(PENDING).formParam("version", "0").formParam("action", "START_PROCESSING")
                .post(PENDING + "/transitions").then().statusCode(303)
                .header("Location", endsWith(PENDING + "?done=START_PROCESSING"));
        assertTrue(Fake.last(Fake.QUOTES).body().contains("\"action\":\"START_PROCESSING\""));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void aViewerCannotPostAChange() {
        StaffForms.post(PENDING).formParam("version", "0").formParam("price.1", "12.50")
                .post(PENDING + "/pricing").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aPostWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("version", "0").formParam("price.1", "12.50").post(PENDING + "/pricing")
                .then().statusCode(403).body(containsString("El formulario ha caducado"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void notAQuoteNumberIsA404Page() {
        given().get("/admin/quotes/../../etc").then().statusCode(404);
        given().get("/admin/quotes/XX-1").then().statusCode(404).body(containsString("Página no encontrada"));
    }
}
