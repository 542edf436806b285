package com.zivah.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules on the ContactMessage entity, without a database. */
class ContactMessageTest {

    static final Instant AT = Instant.parse("2026-11-25T12:10:00.123456789Z");

    static ContactMessage message() {
        return ContactMessage.receive("ZM-2026-000007",
                new ContactMessage.Sender(" Ana ", " ana@example.com ", " ", " Pérez SL "), " Muestras ", " ¿Hay? ",
                null, AT);
    }

    @Test
    void aReceivedMessageIsTrimmedInSpanishByDefaultAndNotHandled() {
        ContactMessage m = message();
        assertEquals("Ana", m.name);
        assertEquals("ana@example.com", m.email);
        assertNull(m.phone, "blank is absent");
        assertEquals("Pérez SL", m.company);
        assertEquals("Muestras", m.subject);
        assertEquals("¿Hay?", m.message);
        assertEquals("es", m.locale);
        assertEquals(Instant.parse("2026-11-25T12:10:00.123456Z"), m.createdAt);
        assertFalse(m.handled());
        assertThrows(IllegalArgumentException.class, () -> ContactMessage.receive("ZM-2026-000008",
                new ContactMessage.Sender("Ana", "a@example.com", null, null), "s".repeat(201), "m", "en", AT));
    }

    @Test
    void markingHandledTwiceKeepsTheFirst() {
        ContactMessage m = message();
        assertTrue(m.markHandled("vera", AT.plusSeconds(60)));
        assertFalse(m.markHandled("otto", AT.plusSeconds(120)));
        assertEquals("vera", m.handledBy);
        assertEquals(AT.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS), m.handledAt);
        assertTrue(m.handled());
    }
}
