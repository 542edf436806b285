package com.zivah.quote.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteNumberAllocatorTest {

    @Test
    void numbersArePrefixYearAndSixDigits() {
        assertEquals("ZQ-2026-000042", QuoteNumberAllocator.format("ZQ", 2026, 42));
        assertEquals("ZQ-2027-999999", QuoteNumberAllocator.format("ZQ", 2027, 999_999));
    }

    @Test
    void pastAMillionTheNumberGrowsInsteadOfRepeating() {
        assertEquals("ZQ-2030-1000000", QuoteNumberAllocator.format("ZQ", 2030, 1_000_000));
    }
}
