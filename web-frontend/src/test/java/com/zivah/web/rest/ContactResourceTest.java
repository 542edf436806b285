package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contact form: stored by quote-service (faked from its contract), with the RFQ form's protections. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class ContactResourceTest {

    @Inject
    Signatures signatures;

    @AfterEach
    void quoteServiceBack() {
        Fake.quoteMode("OK");
    }

    private static RequestSpecification filled(RequestSpecification form) {
        return form.formParam("name", "Ana Beltrán")
                .formParam("email", "ana@importadorasol.es")
                .formParam("phone", "+34 600 123 456")
                .formParam("company", "Importadora Sol S.L.")
                .formParam("subject", "Envíos a Chile")
                .formParam("message", "¿Envían café verde a Valparaíso?\nGracias.");
    }

    @Test
    void theFormHasLabelledFieldsTheGuardsAndIsNotCached() {
        given().get("/es/contacto").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .cookie("csrf-token")
                .body(allOf(containsString("<html lang=\"es\">"), containsString("<h1>Contacto</h1>"),
                        containsString("<label for=\"subject\">Asunto"), containsString("name=\"csrf-token\""),
                        containsString("name=\"idempotencyKey\""), containsString("name=\"started\""),
                        containsString("name=\"website\" type=\"text\" tabindex=\"-1\""),
                        containsString("aria-current=\"page\">Contacto</a>"),
                        containsString("href=\"/en/contact\" lang=\"en\"")));
        given().get("/en/contact").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"), containsString("<label for=\"subject\">Subject")));
    }

    @Test
    void aValidMessageIsStoredWithItsKeyAndConfirmedWithTheReference() {
        Visitor v = new Visitor(signatures);
        String page = v.get("/es/contacto");
        String key = Visitor.hidden(page).get("idempotencyKey");
        Response sent = filled(v.humanForm(page, 10)).post("/es/contacto");
        assertEquals(303, sent.statusCode(), sent.asString());
        assertEquals("/es/contacto/gracias?ref=ZM-2026-000001", sent.header("Location"));
        assertEquals(key, Fake.lastIdempotencyKey());
        String body = Fake.lastQuote();
        assertTrue(body.contains("\"subject\":\"Envíos a Chile\"") && body.contains("\"locale\":\"es\""), body);
        assertTrue(body.contains("\"message\":\"¿Envían café verde a Valparaíso?\\nGracias.\""), body);
        // sent again (double click, reload): the same key, so quote-service answers with the same reference
        filled(v.humanForm(page, 12)).post("/es/contacto").then().statusCode(303);
        assertEquals(key, Fake.lastIdempotencyKey());
        v.given().get("/es/contacto/gracias?ref=ZM-2026-000001").then().statusCode(200)
                .body(allOf(containsString("¡Gracias por su mensaje!"), containsString("<strong>ZM-2026-000001</strong>")));
        given().get("/es/contacto/gracias?ref=<b>x</b>").then().statusCode(200)
                .body(allOf(not(containsString("<b>x")), containsString("Hemos recibido su solicitud")));
    }

    @Test
    void errorsAreShownNextToTheFieldsInSpanishAndEnglishWithValuesKept() {
        Visitor v = new Visitor(signatures);
        int calls = Fake.contactCalls();
        String body = v.humanForm(v.get("/es/contacto"), 10).formParam("name", "Ana")
                .formParam("email", "ana@").formParam("subject", "").formParam("message", "")
                .formParam("company", "Café & <Cía>")
                .post("/es/contacto").then().statusCode(400).extract().asString();
        for (String expected : List.of("Introduzca un correo electrónico válido", "Indique el asunto.",
                "Escriba su mensaje.", "value=\"Café &amp; &lt;Cía&gt;\"", "value=\"ana@\"", "id=\"subject-error\"",
                "aria-describedby=\"message-error\"", "role=\"alert\"")) {
            assertTrue(body.contains(expected), expected + " in " + body);
        }
        String english = v.humanForm(v.get("/en/contact"), 10).formParam("name", "")
                .formParam("email", "john@example.com").formParam("subject", "s".repeat(201)).formParam("message", "Hi")
                .post("/en/contact").then().statusCode(400).extract().asString();
        assertTrue(english.contains("Enter your name.") && english.contains("at most 200 characters"), english);
        assertTrue(english.contains("value=\"john@example.com\""), english);
        assertEquals(calls, Fake.contactCalls(), "invalid forms are not sent");
    }

    @Test
    void honeypotTooFastAndMissingCsrfSendNothing() {
        Visitor v = new Visitor(signatures);
        int calls = Fake.contactCalls();
        String page = v.get("/es/contacto");
        Response bot = filled(v.humanForm(page, 10)).formParam("website", "spam").post("/es/contacto");
        assertEquals(303, bot.statusCode());
        assertEquals("/es/contacto/gracias", bot.header("Location"));
        Response fast = filled(v.humanForm(page, 0)).post("/es/contacto");
        assertEquals(400, fast.statusCode());
        assertTrue(fast.asString().contains("espere unos segundos") && fast.asString().contains("value=\"Ana Beltrán\""));
        filled(given().redirects().follow(false).contentType("application/x-www-form-urlencoded"))
                .post("/es/contacto").then().statusCode(403)
                .body(containsString("El formulario ha caducado"));
        assertEquals(calls, Fake.contactCalls());
    }

    @Test
    void quoteServiceDownShowsTheFormAgainWithTryAgain() {
        Visitor v = new Visitor(signatures);
        String page = v.get("/en/contact");
        Fake.quoteMode("DOWN");
        Response down = filled(v.humanForm(page, 10)).post("/en/contact");
        assertEquals(503, down.statusCode());
        assertTrue(down.asString().contains("We could not register your request right now"), down.asString());
        assertTrue(down.asString().contains("value=\"Importadora Sol S.L.\""), down.asString());
    }
}
