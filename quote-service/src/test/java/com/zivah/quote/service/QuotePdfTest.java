package com.zivah.quote.service;

import static com.zivah.quote.rest.QuoteStaffFixtures.pricedAndSent;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The quote PDF as text (PDFBox): number, version, lines, totals in the buyer's language; customer text is text. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuotePdfTest {

    static String text(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"), "a PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static byte[] sentPdf(String number) {
        return given().when().get("/api/quotes/" + number + "/versions/1/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aSpanishQuoteShowsItsNumberLinesAndTotalsWithAccentsAndTheEuro() throws IOException {
        String number = rfq("Ana Pérez", "es", 500, 3);
        pricedAndSent(number, "4.85", "1234.56");
        String text = text(sentPdf(number));
        assertTrue(text.contains("Presupuesto"), text);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("Versión 1"), text);
        assertTrue(text.contains("Válido hasta"), text);
        assertTrue(text.contains("Ana Pérez"), text);
        assertTrue(text.contains("Acme & Co"), text);
        assertTrue(text.contains("nota 0"), text);
        assertTrue(text.contains("2.425,00 €"), text);
        assertTrue(text.contains("3.703,68 €"), text);
        assertTrue(text.contains("6.128,68 €"), "the total: " + text);
        assertTrue(text.contains("CIF Valencia. Pago 30 días."), text);
        assertTrue(text.contains("ZIVAH Trading S.A."), text);
        assertTrue(text.contains("Calle de Alcalá 100"), text);
        assertFalse(text.contains("interno"), "staff's notes are never in the PDF");
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void anEnglishQuoteIsInEnglish() throws IOException {
        String number = rfq("John Smith", "en", 2);
        pricedAndSent(number, "1000.50");
        String text = text(sentPdf(number));
        assertTrue(text.contains("Quotation"), text);
        assertTrue(text.contains("Unit price"), text);
        assertTrue(text.contains("€2,001.00"), text);
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aHostileBuyerNameIsRenderedAsText() throws IOException {
        String name = "<script>alert(1)</script> & <b>Ñandú Müller</b> \u202Eevil\u202C שלום Jose\u0301";
        String number = rfq(name, "es", 1);
        pricedAndSent(number, "1.00");
        String text = text(sentPdf(number));
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        assertTrue(nfc.contains("<script>alert(1)</script>"), text);
        assertTrue(nfc.contains(" & <b>"), text);
        assertTrue(nfc.contains("Ñandú Müller</b>"), text);
        // the font's glyph composition is off (a render's cost, docs/benchmarks.md): the text is composed before
        assertTrue(text.contains("Jos\u00E9"), "an accent typed as a combining mark is one letter: " + text);
        // right-to-left text stays text: the extractor applies its own bidi order, so either reading counts
        assertTrue(text.contains("evil") || text.contains("live"), text);
        assertTrue(text.contains("שלום") || text.contains("םולש"), "Hebrew glyphs from the embedded font: " + text);
        assertEquals("a\uFFFDb", QuotePdfRenderer.text("a\u0007b"), "XML cannot carry a BEL: replaced, not a 500");
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void theDraftPreviewIsMarkedAndShowsUnpricedLines() throws IOException {
        String number = rfq("Ana", "es", 3);
        byte[] pdf = given().when().get("/api/quotes/" + number + "/preview.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("Borrador"), text);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("—"), "unpriced: " + text);
    }
}
