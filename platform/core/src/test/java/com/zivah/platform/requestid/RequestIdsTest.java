package com.zivah.platform.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void safeIdsAreKept() {
        assertEquals("abc-123_x.y", RequestIds.acceptOrCreate("abc-123_x.y"));
    }

    @Test
    void unsafeIdsAreReplaced() {
        for (String bad : new String[] {null, "", "a b", "x\r\nforged: yes", "ü", "a".repeat(65)}) {
            String id = RequestIds.acceptOrCreate(bad);
            assertNotEquals(bad, id);
            assertTrue(RequestIds.isSafe(id), id);
            assertEquals(4, UUID.fromString(id).version());
        }
        assertFalse(RequestIds.isSafe("a;b"));
    }
}
