package com.zivah.admin.client;

import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import java.math.BigDecimal;

/** The response bodies of quote-service's staff API as the admin reads them (matchers where values vary). */
final class QuoteBodies {

    static final String NUMBER = "ZQ-\\d{4}-\\d{6,}";
    static final String STATUS = "PENDING|PROCESSING|SENT|CLOSED|CANCELLED";
    static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    private QuoteBodies() {
    }

    /** A quote: {@code priced} = its line has staff's price 12.50 (total 15000.00), PROCESSING, SEND allowed. */
    static PactDslJsonBody quote(boolean priced) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.stringMatcher("quoteNumber", NUMBER, priced ? "ZQ-2026-000043" : "ZQ-2026-000042");
        body.stringMatcher("status", STATUS, priced ? "PROCESSING" : "PENDING");
        body.integerType("version", priced ? 1 : 0);
        body.object("customer")
                .stringType("name", "Ana Beltrán")
                .stringType("email", "ana@importadorasol.es")
                .or("phone", "+34 600 123 456", PM.stringType(), PM.nullValue())
                .or("company", "Importadora Sol S.L.", PM.stringType(), PM.nullValue())
                .or("country", "ES", PM.stringMatcher("[A-Z]{2}", "ES"), PM.nullValue())
                .closeObject();
        body.stringMatcher("locale", "es|en", "es");
        body.or("message", "Entrega CIF Valencia", PM.stringType(), PM.nullValue());
        body.stringMatcher("currency", "[A-Z]{3}", "EUR");
        if (priced) {
            body.date("validUntil", "yyyy-MM-dd");
            body.decimalType("discountPercent", new BigDecimal("10.00"));
            body.decimalType("subtotal", new BigDecimal("15000.00"));
            body.decimalType("discountAmount", new BigDecimal("1500.00"));
            body.decimalType("total", new BigDecimal("13500.00"));
        } else {
            body.nullValue("validUntil");
            body.nullValue("discountPercent");
            body.nullValue("subtotal");
            body.nullValue("discountAmount");
            body.nullValue("total");
        }
        body.or("terms", priced ? "FOB Valencia" : null, PM.stringType(), PM.nullValue());
        body.or("adminNotes", priced ? "Cliente habitual" : null, PM.stringType(), PM.nullValue());
        body.stringMatcher("createdAt", ISO_INSTANT, "2026-12-01T09:30:00Z");
        PactDslJsonBody item = body.minArrayLike("items", 1);
        item.integerType("id", 1)
                .integerType("productId", 101)
                .stringType("sku", "CAF-ARA-G1")
                .stringType("productName", "Café verde arábica grado 1")
                .stringType("unit", "kg")
                .integerType("quantity", 1200)
                .or("note", "Sacos de yute de 60 kg", PM.stringType(), PM.nullValue())
                .booleanType("priceOnRequest", false);
        if (priced) {
            item.decimalType("quotedUnitPrice", new BigDecimal("12.50")).decimalType("lineTotal", new BigDecimal("15000.00"));
        } else {
            item.nullValue("quotedUnitPrice").nullValue("lineTotal");
        }
        item.closeObject().closeArray();
        if (priced) {
            // in the order of quote-service's status graph (QuoteAction): SEND before CANCEL
            body.array("allowedActions").stringValue("SEND").stringValue("CANCEL").closeArray();
        } else {
            body.array("allowedActions").stringValue("START_PROCESSING").stringValue("CANCEL").closeArray();
        }
        body.array("sentVersions").closeArray();
        return body;
    }
}
