package com.zivah.web.rest;

import org.junit.jupiter.api.BeforeEach;
import jakarta.inject.Inject;
import com.zivah.web.service.CatalogCache;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.CsrfForm;
import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreams;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class QuoteFormResourceTest {

    /** Answers cached by an earlier test (or class) must not hide what this test makes catalog-service do. */
    @Inject
    CatalogCache catalogCache;

    @BeforeEach
    void forgetTheCatalog() {
        catalogCache.forgetAll();
    }

    private static RequestSpecification validForm(String langCookie, String email) {
        return CsrfForm.post(langCookie)
                .formParam("productId", "101")
                .formParam("quantity", "600")
                .formParam("name", "Ana Beltrán")
                .formParam("email", email)
                .formParam("phone", "+34 600 123 456")
                .formParam("company", "Importadora Sol S.L.")
                .formParam("country", "España")
                .formParam("message", "Entrega CIF Valencia");
    }

    @Test
    void formListsProductsPreselectsTheLinkedOneAndCarriesACsrfField() {
        given().queryParam("producto", "102").when().get("/cotizar")
                .then().statusCode(200)
                .cookie("csrf-token")
                .body(allOf(
                        containsString("<option value=\"102\" selected>Granos de cacao fermentados (ZV-CAF-004)"),
                        containsString("<option value=\"101\">"),
                        containsString("name=\"csrf-token\""),
                        containsString("<label for=\"email\">Correo electrónico")));
    }

    @Test
    void aLinkedProductBeyondTheListIsOfferedAndPreselected() {
        given().queryParam("producto", "777").when().get("/cotizar")
                .then().statusCode(200)
                .body(allOf(containsString("<option value=\"777\" selected>Hilado de algodón peinado"),
                        containsString("<option value=\"101\">")));
        given().queryParam("producto", "999999").when().get("/cotizar")
                .then().statusCode(200).body(not(containsString("value=\"999999\"")));
    }

    @Test
    void validRequestIsSentToQuoteServiceAndShowsTheQuoteNumber() {
        String location = validForm(null, "ana@importadorasol.es").when().post("/cotizar")
                .then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.endsWith("/cotizar/gracias?numero=" + FakeUpstreams.QUOTE_NUMBER + "&lang=es"), location);

        String sent = Fake.lastQuote();
        assertTrue(sent.contains("\"email\":\"ana@importadorasol.es\""), sent);
        assertTrue(sent.contains("\"name\":\"Ana Beltrán\""), sent);
        assertTrue(sent.contains("\"country\":\"España\""), sent);
        assertTrue(sent.contains("\"locale\":\"es\""), sent);
        assertTrue(sent.contains("\"productId\":101,") && sent.contains("\"quantity\":600"), sent);

        given().when().get(location)
                .then().statusCode(200)
                .body(allOf(containsString("¡Gracias por su solicitud!"),
                        containsString("<strong>" + FakeUpstreams.QUOTE_NUMBER + "</strong>")));
    }

    @Test
    void behindTheGatewayTheRedirectStaysOnTheGatewayHost() {
        validForm(null, "ana@importadorasol.es")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "shop.zivah.example")
                .header("X-Forwarded-Port", "8443")
                .when().post("/cotizar")
                .then().statusCode(303)
                // relative (issue 5, Host header): the browser resolves it against the gateway host it used,
                // https://shop.zivah.example:8443, without this app trusting any Host or X-Forwarded-Host
                .header("Location", startsWith("/cotizar/gracias?numero="));
    }

    @Test
    void englishVisitorsSendLocaleEnAndGetAnEnglishThankYou() {
        String location = validForm("en", "john@example.com").when().post("/cotizar")
                .then().statusCode(303).extract().header("Location");
        assertTrue(Fake.lastQuote().contains("\"locale\":\"en\""), Fake.lastQuote());
        given().cookie("lang", "en").when().get(location)
                .then().statusCode(200)
                .body(allOf(containsString("Thank you for your request!"), containsString(FakeUpstreams.QUOTE_NUMBER)));
    }

    @Test
    void invalidFormIsShownAgainInSpanishWithValuesKeptAndQuoteServiceUntouched() {
        int callsBefore = Fake.quoteCalls();
        CsrfForm.post(null)
                .formParam("productId", "102")
                .formParam("quantity", "abc")
                .formParam("name", "")
                .formParam("email", "no-es-un-correo")
                .formParam("company", "Café & <Cía>")
                .when().post("/cotizar")
                .then().statusCode(400)
                .body(allOf(
                        containsString("<html lang=\"es\">"),
                        containsString("Indique su nombre."),
                        containsString("Introduzca un correo electrónico válido"),
                        containsString("La cantidad debe ser un número entero mayor que cero."),
                        containsString("value=\"no-es-un-correo\""),
                        containsString("value=\"abc\""),
                        containsString("value=\"Café &amp; &lt;Cía&gt;\""),
                        containsString("<option value=\"102\" selected>"),
                        containsString("aria-describedby=\"email-error\""),
                        containsString("id=\"email-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("role=\"alert\"")));
        assertEquals(callsBefore, Fake.quoteCalls(), "an invalid form must not reach quote-service");
    }

    @Test
    void invalidFormIsShownAgainInEnglish() {
        CsrfForm.post("en")
                .formParam("productId", "")
                .formParam("quantity", "")
                .formParam("name", "John")
                .formParam("email", "john@")
                .when().post("/cotizar")
                .then().statusCode(400)
                .body(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("Choose a product."),
                        containsString("Enter the quantity."),
                        containsString("Enter a valid email address"),
                        containsString("value=\"John\""),
                        not(containsString("Indique"))));
    }

    private static RequestSpecification rfq(String langCookie, String productId, String quantity) {
        return CsrfForm.post(langCookie)
                .formParam("productId", productId)
                .formParam("quantity", quantity)
                .formParam("name", "Ana Beltrán")
                .formParam("email", "ana@importadorasol.es");
    }

    /**
     * The form accepts up to 7 digits; quote-service refuses more than 1,000,000 with a problem naming
     * {@code items[0].quantity} (its real answer, from the contract), shown next to the quantity.
     */
    @Test
    void quoteServiceProblemIsMappedToTheFormFieldsInTheUsersLanguage() {
        rfq(null, "101", "2000000").when().post("/cotizar")
                .then().statusCode(400)
                .body(allOf(
                        containsString("Revise el dato de «Cantidad»."),
                        containsString("id=\"quantity-error\""),
                        containsString("value=\"ana@importadorasol.es\""),
                        containsString("value=\"2000000\""),
                        not(containsString("id=\"email-error\"")),
                        not(containsString("must be between"))));
        rfq("en", "101", "2000000").when().post("/cotizar")
                .then().statusCode(400)
                .body(containsString("Please check the “Quantity” value."));
    }

    /** A product withdrawn after the form was loaded: quote-service names {@code items[0].productId}. */
    @Test
    void aWithdrawnProductIsShownNextToTheProductField() {
        rfq(null, "102", "1200").when().post("/cotizar")
                .then().statusCode(400)
                .body(allOf(
                        containsString("Revise el dato de «Producto»."),
                        containsString("id=\"productId-error\""),
                        not(containsString("is no longer available"))));
        rfq("en", "102", "1200").when().post("/cotizar")
                .then().statusCode(400)
                .body(containsString("Please check the “Product” value."));
    }

    @Test
    void postWithoutCsrfTokenIsRejected() {
        int callsBefore = Fake.quoteCalls();
        given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("productId", "101").formParam("quantity", "600")
                .formParam("name", "Eve").formParam("email", "eve@example.com")
                .when().post("/cotizar")
                .then().statusCode(anyOf(is(400), is(403)));
        assertEquals(callsBefore, Fake.quoteCalls(), "a forged post must not reach quote-service");
    }

    @Test
    void postWithAWrongCsrfTokenIsRejected() {
        String cookie = given().get("/cotizar").getCookie("csrf-token");
        given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", cookie)
                .formParam("csrf-token", "forged" + cookie)
                .formParam("productId", "101").formParam("quantity", "600")
                .formParam("name", "Eve").formParam("email", "eve@example.com")
                .when().post("/cotizar")
                .then().statusCode(anyOf(is(400), is(403)));
    }

    @Test
    void thankYouPageRejectsAMalformedNumber() {
        given().queryParam("numero", "<b>x</b>").when().get("/cotizar/gracias")
                .then().statusCode(404).body(not(containsString("<b>x</b>")));
    }

    @Test
    void catalogDownOnTheFormIsAFriendlyPage() {
        Fake.catalogMode("DOWN");
        try {
            given().when().get("/cotizar").then().statusCode(503).body(containsString("Servicio no disponible"));
        } finally {
            Fake.catalogMode("OK");
        }
        given().when().get("/cotizar").then().statusCode(equalTo(200));
    }
}
