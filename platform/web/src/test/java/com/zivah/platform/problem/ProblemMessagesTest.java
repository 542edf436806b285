package com.zivah.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.zivah.platform.i18n.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    private final ProblemMessages messages = ProblemMessages.load(ProblemMessagesTest.class.getClassLoader());

    @Test
    void aKeyIsRenderedInTheLanguageWithItsPlaceholdersFilled() {
        Problem.FieldError error = Problem.FieldError.of("terms", "{zivah.text.max-length}", "max", 100);
        assertEquals("must be at most 100 characters", messages.render(error.message(), error.args(), Language.EN));
        assertEquals("debe tener como máximo 100 caracteres",
                messages.render(error.message(), error.args(), Language.ES));
    }

    @Test
    void listsDecimalsAndNestedMessagesAreShownReadably() {
        assertEquals("debe ser uno de estos: PENDING, SENT", messages.render("{zivah.one-of}",
                Map.of("values", List.of("PENDING", "SENT")), Language.ES));
        assertEquals("must be at least 0.01", messages.render("{zivah.number.at-least}",
                Map.of("value", new BigDecimal("0.0100")), Language.EN));
        Problem.FieldError inner = Problem.FieldError.of("key", "{zivah.text.max-length}", "max", 40);
        assertEquals("specs[0].key debe tener como máximo 40 caracteres", messages.render("{zivah.nested}",
                Map.of("path", "specs[0].key ", "message", inner), Language.ES));
    }

    @Test
    void aMissingKeyIsNeverShownToAPerson() {
        String es = messages.render("{zivah.no-such-key}", Map.of(), Language.ES);
        String en = messages.render("{zivah.no-such-key}", Map.of(), Language.EN);
        assertEquals("no es válido", es);
        assertEquals("is invalid", en);
        assertFalse(es.contains("zivah") || en.contains("{"));
    }

    @Test
    void plainTextsAndUnknownPlaceholdersPassAsTheyAre() {
        assertEquals("must be <sha256>.<webp|jpg|png>", messages.render("must be <sha256>.<webp|jpg|png>", Map.of(),
                Language.ES));
        assertEquals("{key}", messages.render("{key}", Map.of(), Language.ES)); // one word: not a key
        assertEquals("", messages.render(null, Map.of(), Language.EN));
    }

    @Test
    void bothLanguagesHaveEveryKey() {
        assertEquals(Set.of(), messages.untranslated());
        assertEquals(messages.keys(Language.EN), messages.keys(Language.ES));
    }

    @Test
    void theLanguageIsTheBestOfOursInAcceptLanguageElseEnglish() {
        assertEquals(Language.EN, ProblemMessages.languageOf(null));
        assertEquals(Language.EN, ProblemMessages.languageOf(""));
        assertEquals(Language.ES, ProblemMessages.languageOf("es"));
        assertEquals(Language.ES, ProblemMessages.languageOf("es-ES,es;q=0.9,en;q=0.8"));
        assertEquals(Language.EN, ProblemMessages.languageOf("fr-FR, en;q=0.5"));
        assertEquals(Language.EN, ProblemMessages.languageOf("de"));
        assertEquals(Language.EN, ProblemMessages.languageOf("es;q=abc"));
        assertEquals(Language.EN, ProblemMessages.languageOf("es\r\nX-Forged: 1"));
        assertEquals(Language.EN, ProblemMessages.languageOf("es," + "x".repeat(10_000)));
        assertEquals(Language.EN, ProblemMessages.languageOf("es;q=0"));
    }
}
