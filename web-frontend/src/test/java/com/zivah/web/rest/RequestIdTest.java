package com.zivah.web.rest;

import org.junit.jupiter.api.BeforeEach;
import jakarta.inject.Inject;
import com.zivah.web.service.CatalogCache;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.CsrfForm;
import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** The gateway's X-Request-Id follows a request: into every log line's MDC, to the upstream calls, back to the caller. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class RequestIdTest {

    @jakarta.inject.Inject
    Signatures signatures;

    /** Answers cached by an earlier test (or class) must not hide what this test makes catalog-service do. */
    @Inject
    CatalogCache catalogCache;

    @BeforeEach
    void forgetTheCatalog() {
        catalogCache.forgetAll();
    }

    @Test
    void theRequestIdIsForwardedToTheCatalogAndEchoed() {
        given().header("X-Request-Id", "req-abc.123").get("/")
                .then().statusCode(200).header("X-Request-Id", "req-abc.123");
        assertEquals("req-abc.123", Fake.lastRequestId());
        String generated = given().header("X-Request-Id", "bad id\nwith newline").redirects().follow(false)
                .get("/cotizar?producto=777&lang=es")
                .then().statusCode(303).extract().header("X-Request-Id");
        assertTrue(generated.matches("[A-Za-z0-9._-]{1,64}"), generated);
        assertEquals(generated, Fake.lastRequestId(), "an unsafe id is replaced, and the new one forwarded");
    }

    @Test
    void theRequestIdIsForwardedToQuoteService() {
        Visitor visitor = new Visitor(signatures);
        visitor.humanForm(visitor.get("/es/contacto"), 10)
                .formParam("name", "Ana").formParam("email", "ana@importadorasol.es")
                .formParam("subject", "Hola").formParam("message", "¿Envían a Chile?")
                .header("X-Request-Id", "req-quote-7")
                .when().post("/es/contacto")
                .then().statusCode(303).header("X-Request-Id", "req-quote-7");
        assertEquals("req-quote-7", Fake.lastRequestId(), "the quote-service call carries the page's request id");
    }

    @Test
    void logLinesOfARequestCarryItsRequestId() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("com.zivah")) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        Fake.catalogMode("ERROR");
        try {
            given().header("X-Request-Id", "req-log-42").get("/").then().statusCode(503);
        } finally {
            Fake.catalogMode("OK");
            root.removeHandler(capture);
        }
        assertFalse(records.isEmpty(), "the outage is logged");
        for (ExtLogRecord record : records) {
            assertEquals("req-log-42", record.getMdc("requestId"), record.getMessage());
        }
    }
}
