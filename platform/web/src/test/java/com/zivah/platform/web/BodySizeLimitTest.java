package com.zivah.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

    @Test
    void theDeclaredLengthIsReadLeniently() {
        assertEquals(262_145, BodySizeLimit.declaredLength("262145"));
        assertEquals(12, BodySizeLimit.declaredLength(" 12 "));
        assertEquals(-1, BodySizeLimit.declaredLength(null), "chunked: Quarkus cuts the stream off itself");
        assertEquals(-1, BodySizeLimit.declaredLength("lots"));
    }

    @Test
    void itRunsBeforeQuarkusOwnLimitRoute() {
        // Quarkus registers its Content-Length check at order -2 (HttpServerCommonHandlers.enforceMaxBodySize)
        assertEquals(true, BodySizeLimit.ORDER < -2);
    }
}
