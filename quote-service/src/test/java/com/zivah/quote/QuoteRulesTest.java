package com.zivah.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pricing, totals, the status graph and versions as rules of the Quote entity, without Quarkus or a database. */
class QuoteRulesTest {

    static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    /** A PENDING quote with lines of the given quantities (item ids 1, 2, ...). */
    static Quote quote(int... quantities) {
        Quote quote = Quote.submit("ZQ-2026-000042",
                new Quote.Customer("Ana Pérez", "ana@example.com", null, "Pérez SL", "ES"), "es", null, AT);
        for (int i = 0; i < quantities.length; i++) {
            ProductSnapshot p = new ProductSnapshot();
            p.productId = 100L + i;
            p.sku = "ZV-" + i;
            p.nameEs = "Producto " + i;
            p.unit = "kg";
            p.active = true;
            p.priceOnRequest = true;
            quote.addItem(p, quantities[i]).id = (long) (i + 1);
        }
        return quote;
    }

    static Quote.Pricing pricing(String discount, LocalDate validUntil, String... unitPrices) {
        List<Quote.LinePrice> lines = new java.util.ArrayList<>();
        for (int i = 0; i < unitPrices.length; i++) {
            lines.add(new Quote.LinePrice(i + 1, unitPrices[i] == null ? null : new BigDecimal(unitPrices[i])));
        }
        return new Quote.Pricing("EUR", validUntil, "CIF Valencia", null,
                discount == null ? null : new BigDecimal(discount), lines);
    }

    /** A quote in {@code status}, reached along the graph (SENT via a real send). */
    static Quote in(QuoteStatus status) {
        Quote quote = quote(3);
        switch (status) {
            case PENDING -> {
            }
            case PROCESSING -> quote.apply(QuoteAction.START_PROCESSING, null, "maria", AT);
            case SENT -> send(quote);
            case CLOSED -> {
                send(quote);
                quote.apply(QuoteAction.CLOSE, null, "maria", AT);
            }
            case CANCELLED -> quote.apply(QuoteAction.CANCEL, "buyer withdrew", "maria", AT);
        }
        assertEquals(status, quote.status);
        return quote;
    }

    static Quote.Document send(Quote quote) {
        quote.price(pricing(null, TODAY, "1.10"), "maria", AT, TODAY);
        return quote.freezeVersion("maria", AT, TODAY);
    }

    static Set<String> fields(ProblemException e) {
        return e.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({
            // quantity, unit price, expected line total
            "3, 0.10, 0.30", "7, 33.33, 233.31", "1000000, 9999999999.99, 9999999999990000.00", "1, 0, 0.00",
            "3, 1.005, ", // more than 2 decimals: refused, see below
    })
    void lineTotalsAreQuantityTimesUnitPriceExactly(int quantity, String unitPrice, String expected) {
        Quote quote = quote(quantity);
        if (expected == null) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> quote.price(pricing(null, null, unitPrice), "maria", AT, TODAY));
            assertEquals(Set.of("items[0].unitPrice"), fields(e));
            return;
        }
        quote.price(pricing(null, null, unitPrice), "maria", AT, TODAY);
        assertEquals(new BigDecimal(expected), quote.items.get(0).lineTotal());
        assertEquals(new BigDecimal(expected), quote.subtotal());
    }

    @Test
    void totalsWithAwkwardDecimalsRoundTheDiscountHalfUp() {
        Quote quote = quote(3, 7, 1);
        quote.price(pricing("12.5", null, "0.10", "33.33", "0.07"), "maria", AT, TODAY);
        // 0.30 + 233.31 + 0.07 = 233.68; × 12.5 % = 29.21 exactly → 29.21; total 204.47
        assertEquals(new BigDecimal("233.68"), quote.subtotal());
        assertEquals(new BigDecimal("29.21"), quote.discountAmount());
        assertEquals(new BigDecimal("204.47"), quote.total());

        quote.price(pricing("33.33", null, "0.10", "33.33", "0.07"), "maria", AT, TODAY);
        // 233.68 × 33.33 / 100 = 77.885544 → 77.89 (half-up); total 155.79
        assertEquals(new BigDecimal("77.89"), quote.discountAmount());
        assertEquals(new BigDecimal("155.79"), quote.total());

        quote.price(pricing("0.01", null, "0.05", "0.05", "0.05"), "maria", AT, TODAY);
        // 0.15 + 0.35 + 0.05 = 0.55; × 0.01 % = 0.000055 → 0.00
        assertEquals(new BigDecimal("0.55"), quote.subtotal());
        assertEquals(new BigDecimal("0.00"), quote.discountAmount());
        assertEquals(new BigDecimal("0.55"), quote.total());

        quote.price(pricing("100", null, "0.05", "0.05", "0.05"), "maria", AT, TODAY);
        assertEquals(new BigDecimal("0.00"), quote.total(), "100 % off");

        quote.price(pricing(null, null, "2.5", "1", "0.12"), "maria", AT, TODAY);
        assertEquals(new BigDecimal("7.50"), quote.items.get(0).lineTotal());
        assertEquals(new BigDecimal("0.00"), quote.discountAmount(), "no discount: 0.00");
        assertEquals(2, quote.total().scale());
    }

    @Test
    void totalsAreNullWhileALineIsUnpriced() {
        Quote quote = quote(3, 7);
        quote.price(pricing("5", null, "1.00", null), "maria", AT, TODAY);
        assertNull(quote.subtotal());
        assertNull(quote.discountAmount());
        assertNull(quote.total());
        assertNull(quote.totalAmount);
        assertEquals(new BigDecimal("3.00"), quote.items.get(0).lineTotal());
        assertNull(quote.items.get(1).lineTotal());
    }

    @Test
    void pricingAPendingQuoteStartsProcessingSetsTheFirstResponseAndRecordsIt() {
        Quote quote = quote(3);
        int version = quote.version;
        quote.price(pricing("5", TODAY.plusDays(30), "4.85"), "maria", AT.plusSeconds(60), TODAY);
        assertEquals(QuoteStatus.PROCESSING, quote.status);
        assertEquals(AT.plusSeconds(60), quote.firstResponseAt);
        assertEquals(version + 1, quote.version);
        assertEquals(List.of(TimelineKind.SUBMITTED, TimelineKind.PRICED, TimelineKind.STATUS_CHANGED),
                quote.timeline.stream().map(e -> e.kind).toList());
        QuoteTimelineEntry priced = quote.timeline.get(1);
        assertEquals("maria", priced.actor);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) priced.details.get("items");
        assertEquals(new BigDecimal("4.85"), items.get(0).get("new"));
        assertNull(items.get(0).get("old"));

        quote.price(pricing("5", TODAY.plusDays(30), "4.85"), "pablo", AT.plusSeconds(120), TODAY);
        assertEquals(AT.plusSeconds(60), quote.firstResponseAt, "only the first response counts");
        assertEquals(3, quote.timeline.size(), "nothing changed: nothing recorded");
    }

    @Test
    void changedNotesAreANoteEntry() {
        Quote quote = quote(3);
        quote.price(new Quote.Pricing(null, null, null, "Llamar el lunes", null, List.of()), "maria", AT, TODAY);
        assertEquals("Llamar el lunes", quote.adminNotes);
        assertTrue(quote.timeline.stream().anyMatch(e -> e.kind == TimelineKind.NOTE_CHANGED));
        assertEquals("EUR", quote.currency, "no currency: unchanged (EUR by default)");
    }

    @Test
    void badPricingNamesEveryField() {
        Quote quote = quote(3, 7);
        ProblemException e = assertThrows(ProblemException.class, () -> quote.price(new Quote.Pricing("EUX",
                TODAY.minusDays(1), null, null, new BigDecimal("100.01"),
                List.of(new Quote.LinePrice(1, new BigDecimal("-1")), new Quote.LinePrice(99, BigDecimal.ONE),
                        new Quote.LinePrice(1, BigDecimal.ONE))), "maria", AT, TODAY));
        assertEquals(400, e.status());
        assertEquals(Set.of("currency", "validUntil", "discountPercent", "items[0].unitPrice", "items[1].id",
                "items[2].id"), fields(e));
        assertEquals(QuoteStatus.PENDING, quote.status, "nothing applied");
        assertNull(quote.items.get(0).quotedUnitPrice);
        assertEquals(1, quote.timeline.size());
    }

    @ParameterizedTest
    @CsvSource({"SENT", "CLOSED", "CANCELLED"})
    void onlyPendingAndProcessingQuotesArePriced(QuoteStatus status) {
        Quote quote = in(status);
        ProblemException e = assertThrows(ProblemException.class,
                () -> quote.price(pricing(null, null, "9.99"), "maria", AT, TODAY));
        assertEquals(409, e.status());
        assertEquals(Set.of("status"), fields(e));
    }

    /** Every status × every action: allowed exactly along the graph. */
    static Stream<Arguments> everyTransition() {
        return Arrays.stream(QuoteStatus.values()).flatMap(s -> Arrays.stream(QuoteAction.values())
                .filter(a -> a != QuoteAction.SEND).map(a -> Arguments.of(s, a)));
    }

    static final Map<QuoteAction, Set<QuoteStatus>> GRAPH = Map.of(
            QuoteAction.START_PROCESSING, EnumSet.of(QuoteStatus.PENDING),
            QuoteAction.CLOSE, EnumSet.of(QuoteStatus.SENT),
            QuoteAction.CANCEL, EnumSet.of(QuoteStatus.PENDING, QuoteStatus.PROCESSING, QuoteStatus.SENT),
            QuoteAction.REOPEN, EnumSet.of(QuoteStatus.SENT, QuoteStatus.CLOSED, QuoteStatus.CANCELLED));
    static final Map<QuoteAction, QuoteStatus> TARGET = Map.of(QuoteAction.START_PROCESSING, QuoteStatus.PROCESSING,
            QuoteAction.CLOSE, QuoteStatus.CLOSED, QuoteAction.CANCEL, QuoteStatus.CANCELLED,
            QuoteAction.REOPEN, QuoteStatus.PROCESSING);

    @ParameterizedTest
    @MethodSource("everyTransition")
    void transitionsFollowTheGraph(QuoteStatus from, QuoteAction action) {
        Quote quote = in(from);
        int version = quote.version;
        int entries = quote.timeline.size();
        String reason = action == QuoteAction.CANCEL ? "the buyer withdrew" : null;
        if (GRAPH.get(action).contains(from)) {
            quote.apply(action, reason, "pablo", AT.plusSeconds(5));
            assertEquals(TARGET.get(action), quote.status);
            assertEquals(version + 1, quote.version);
            QuoteTimelineEntry last = quote.timeline.get(entries);
            assertEquals(TimelineKind.STATUS_CHANGED, last.kind);
            assertEquals(Map.of("action", action.name(), "from", from.name(), "to", quote.status.name()),
                    Map.of("action", last.details.get("action"), "from", last.details.get("from"),
                            "to", last.details.get("to")));
            assertNotNull(quote.firstResponseAt);
            assertEquals(action == QuoteAction.CANCEL ? reason : null, quote.cancelReason);
        } else {
            ProblemException e = assertThrows(ProblemException.class, () -> quote.apply(action, reason, "pablo", AT));
            assertEquals(409, e.status());
            assertEquals(Set.of("action"), fields(e));
            assertEquals(from, quote.status);
            assertEquals(version, quote.version);
            assertEquals(entries, quote.timeline.size());
        }
    }

    @ParameterizedTest
    @CsvSource({"PENDING", "PROCESSING", "SENT", "CLOSED", "CANCELLED"})
    void sendIsNeverAPlainTransition(QuoteStatus status) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> in(status).apply(QuoteAction.SEND, null, "pablo", AT));
        assertEquals(409, e.status());
        assertEquals(Set.of("action"), fields(e));
    }

    @Test
    void cancellingNeedsAShortReason() {
        Quote quote = quote(1);
        assertEquals(Set.of("reason"), fields(assertThrows(ProblemException.class,
                () -> quote.apply(QuoteAction.CANCEL, "  ", "pablo", AT))));
        assertEquals(Set.of("reason"), fields(assertThrows(ProblemException.class,
                () -> quote.apply(QuoteAction.CANCEL, "x".repeat(501), "pablo", AT))));
        assertEquals(QuoteStatus.PENDING, quote.status);
        quote.apply(QuoteAction.CANCEL, "x".repeat(500), "pablo", AT);
        quote.apply(QuoteAction.REOPEN, null, "pablo", AT);
        assertNull(quote.cancelReason, "reopened: no longer cancelled");
    }

    @Test
    void allowedActionsAreTheGraphPlusSendWhenSendable() {
        assertEquals(List.of(QuoteAction.START_PROCESSING, QuoteAction.CANCEL), in(QuoteStatus.PENDING).allowedActions(TODAY));
        Quote processing = in(QuoteStatus.PROCESSING);
        assertEquals(List.of(QuoteAction.CANCEL), processing.allowedActions(TODAY), "not priced: no SEND");
        processing.price(pricing(null, TODAY, "1.00"), "maria", AT, TODAY);
        assertEquals(List.of(QuoteAction.SEND, QuoteAction.CANCEL), processing.allowedActions(TODAY));
        assertEquals(List.of(QuoteAction.CANCEL), processing.allowedActions(TODAY.plusDays(1)), "validity over");
        assertEquals(List.of(QuoteAction.CLOSE, QuoteAction.CANCEL, QuoteAction.REOPEN),
                in(QuoteStatus.SENT).allowedActions(TODAY));
        assertEquals(List.of(QuoteAction.REOPEN), in(QuoteStatus.CLOSED).allowedActions(TODAY));
        assertEquals(List.of(QuoteAction.REOPEN), in(QuoteStatus.CANCELLED).allowedActions(TODAY));
    }

    @Test
    void sendingFreezesTheNextVersionAndLaterPricingNeverChangesIt() {
        Quote quote = quote(3, 7);
        quote.price(pricing("10", TODAY.plusDays(10), "1.10", "2.20"), "maria", AT, TODAY);
        Quote.Document v1 = quote.freezeVersion("maria", AT.plusSeconds(1), TODAY);
        assertEquals(1, v1.version());
        assertEquals(QuoteStatus.SENT, quote.status);
        assertEquals(new BigDecimal("18.70"), v1.subtotal());
        assertEquals(new BigDecimal("1.87"), v1.discountAmount());
        assertEquals(new BigDecimal("16.83"), v1.total());
        assertEquals("ZQ-2026-000042-v1.pdf", v1.fileName());
        assertEquals(TimelineKind.SENT, quote.timeline.get(quote.timeline.size() - 1).kind);

        quote.apply(QuoteAction.REOPEN, null, "maria", AT.plusSeconds(2));
        quote.price(pricing(null, TODAY.plusDays(10), "9.00", "2.20"), "maria", AT.plusSeconds(3), TODAY);
        assertEquals(new BigDecimal("3.30"), v1.lines().get(0).lineTotal(), "the frozen version is a copy");
        assertEquals(new BigDecimal("16.83"), v1.total());
        Quote.Document v2 = quote.freezeVersion("maria", AT.plusSeconds(4), TODAY);
        assertEquals(2, v2.version());
        assertEquals(new BigDecimal("42.40"), v2.total());
    }

    @Test
    void sendingNeedsProcessingEveryLinePricedAndAValidDate() {
        assertEquals(Set.of("status"), fields(assertThrows(ProblemException.class,
                () -> quote(1).freezeVersion("maria", AT, TODAY))));
        Quote quote = in(QuoteStatus.PROCESSING);
        QuoteItem extra = quote(1).items.get(0);
        extra.id = 2L;
        quote.items.add(extra);
        ProblemException e = assertThrows(ProblemException.class, () -> quote.freezeVersion("maria", AT, TODAY));
        assertEquals(400, e.status());
        assertEquals(Set.of("items[0].unitPrice", "items[1].unitPrice", "validUntil"), fields(e));
        assertEquals(QuoteStatus.PROCESSING, quote.status);
        assertEquals(0, quote.lastSentVersion);

        quote.price(pricing(null, TODAY, "1.00"), "maria", AT, TODAY);
        assertEquals(Set.of("items[1].unitPrice", "validUntil"), fields(assertThrows(ProblemException.class,
                () -> quote.freezeVersion("maria", AT, TODAY.plusDays(1)))));
    }
}
