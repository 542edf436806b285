package com.zivah.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecipientAddressTest {

    @Test
    void spellingsOfOneMailboxShareOneKey() {
        assertEquals("ana.perez@example.com", RecipientAddress.key("ana.perez@example.com"));
        assertEquals("ana.perez@example.com", RecipientAddress.key("  Ana.Perez@EXAMPLE.com "));
        assertEquals("ana.perez@example.com", RecipientAddress.key("ana.perez+rfq-17@example.com"));
        assertEquals("ana.perez@example.com", RecipientAddress.key("ana.perez@example.com."));
        assertEquals("anaperez@gmail.com", RecipientAddress.key("A.na.Perez+x@googlemail.com"));
        assertEquals("anaperez@gmail.com", RecipientAddress.key("anaperez@gmail.com"));
    }

    @Test
    void differentMailboxesKeepDifferentKeys() {
        assertEquals("ana.perez@example.org", RecipientAddress.key("ana.perez@example.org"));
        assertEquals("ana_perez@example.com", RecipientAddress.key("ana_perez@example.com"));
    }

    @Test
    void oddInputIsOnlyLowerCased() {
        assertEquals("+x@example.com", RecipientAddress.key("+X@example.com"));
        assertEquals("no-at-sign", RecipientAddress.key("No-At-Sign"));
        assertEquals("trailing@", RecipientAddress.key("trailing@"));
        assertEquals("", RecipientAddress.key(null));
    }
}
