package com.zivah.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the localized field messages of a 400 problem (tests of the services' Accept-Language handling). */
public final class ProblemLanguage {

    private ProblemLanguage() {
    }

    /**
     * field → message of {@code response}, a 400 problem whose {@code Content-Language} is {@code language}; the body
     * carries only rendered texts (no message arguments, no {@code {key}}).
     */
    public static Map<String, String> messages(Response response, String language) {
        response.then().statusCode(400).contentType("application/problem+json").header("Content-Language", language);
        String raw = response.asString();
        assertFalse(raw.contains("\"args\"") || raw.matches("(?s).*\"message\":\"\\{[a-z].*"), raw);
        Map<String, String> messages = new LinkedHashMap<>();
        for (Map<String, String> error : response.jsonPath().<Map<String, String>>getList("errors")) {
            messages.put(error.get("field"), error.get("message"));
        }
        return messages;
    }

    /** Two Accept-Language headers no client should send, besides malformed ones: 10 KB and CR/LF free junk. */
    public static final List<String> HOSTILE = List.of("es;q=abc", "fr", "*", "es-", ";;;,,,", "es\tq=1",
            "es, €ñ;q=0.5", "es," + "en-GB;q=0.5,".repeat(800));
}
