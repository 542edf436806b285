package com.zivah.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void matchesTheTagInAListWeaklyOrAStar() {
        assertTrue(ETags.matches("\"a\"", "\"a\""));
        assertTrue(ETags.matches("\"x\", W/\"a\"", "\"a\""));
        assertTrue(ETags.matches("*", "\"a\""));
        assertFalse(ETags.matches(null, "\"a\""));
        assertFalse(ETags.matches("\"b\"", "\"a\""));
        assertFalse(ETags.matches("a", "\"a\""), "an unquoted value is not the tag");
        assertFalse(ETags.matches("\"a\"," + " ".repeat(ETags.MAX_HEADER), "\"a\""), "an oversized header is ignored");
    }
}
