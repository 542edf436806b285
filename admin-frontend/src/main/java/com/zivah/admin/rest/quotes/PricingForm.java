package com.zivah.admin.rest.quotes;

import com.zivah.admin.client.PricingRequest;
import com.zivah.admin.client.Problem;
import com.zivah.admin.client.QuoteDetail;
import com.zivah.platform.ui.i18n.LocalFormat;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pricing form as staff filled it in: field values as typed (shown again when refused) and the errors per form
 * field. Input names: {@code currency}, {@code validUntil}, {@code discountPercent}, {@code terms},
 * {@code adminNotes}, {@code price.<itemId>}. quote-service's problem fields ({@code items[i].unitPrice}, i = the
 * position in the request) are mapped back to {@code price.<itemId>}. Only the syntax is checked here (a number, a
 * date; a decimal may be typed with a Spanish comma); every rule is quote-service's.
 */
public final class PricingForm {

    public static final String PRICE = "price.";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<Long> itemIds = new ArrayList<>();

    private PricingForm() {
    }

    /**
     * The form of the quote as stored (the first render); a currency or valid-until day the quote does not have yet
     * starts from quote-service's proposal (the quote changes only when staff save).
     */
    public static PricingForm of(QuoteDetail quote) {
        PricingForm form = new PricingForm();
        QuoteDetail.Proposal proposed = quote.proposed() == null ? new QuoteDetail.Proposal(null, null) : quote.proposed();
        String currency = quote.currency() != null ? quote.currency() : proposed.currency();
        LocalDate validUntil = quote.validUntil() != null ? quote.validUntil() : proposed.validUntil();
        form.values.put("currency", currency == null ? "EUR" : currency);
        form.values.put("validUntil", validUntil == null ? "" : validUntil.toString());
        form.values.put("discountPercent", plain(quote.discountPercent()));
        form.values.put("terms", quote.terms() == null ? "" : quote.terms());
        form.values.put("adminNotes", quote.adminNotes() == null ? "" : quote.adminNotes());
        for (QuoteDetail.Item item : quote.items()) {
            form.itemIds.add(item.id());
            form.values.put(PRICE + item.id(), plain(item.quotedUnitPrice()));
        }
        return form;
    }

    /** The posted form of {@code quote}'s lines (values kept as typed). */
    public static PricingForm posted(QuoteDetail quote, MultivaluedMap<String, String> posted) {
        PricingForm form = new PricingForm();
        for (String field : List.of("currency", "validUntil", "discountPercent", "terms", "adminNotes")) {
            form.values.put(field, trim(posted.getFirst(field)));
        }
        for (QuoteDetail.Item item : quote.items()) {
            form.itemIds.add(item.id());
            form.values.put(PRICE + item.id(), trim(posted.getFirst(PRICE + item.id())));
        }
        return form;
    }

    /** The request for quote-service, or null with {@link #errors()} filled when a value is not even a number/date. */
    public PricingRequest request(int version) {
        BigDecimal discount = decimal("discountPercent");
        LocalDate validUntil = null;
        String until = values.get("validUntil");
        if (!until.isEmpty()) {
            try {
                validUntil = LocalDate.parse(until);
            } catch (DateTimeParseException e) {
                errors.put("validUntil", "date");
            }
        }
        List<PricingRequest.ItemPrice> prices = new ArrayList<>();
        for (long id : itemIds) {
            prices.add(new PricingRequest.ItemPrice(id, decimal(PRICE + id)));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String currency = values.get("currency").toUpperCase(java.util.Locale.ROOT);
        return new PricingRequest(version, currency.isEmpty() ? null : currency, validUntil,
                emptyToNull(values.get("terms")), emptyToNull(values.get("adminNotes")), discount, prices);
    }

    /** quote-service's refusal, next to the fields (a field the form does not have goes to the summary). */
    public PricingForm refused(Problem problem) {
        for (Problem.FieldError error : problem.errors()) {
            errors.put(formField(error.field()), error.message());
        }
        if (problem.errors().isEmpty()) {
            errors.put("", problem.detail() == null ? "" : problem.detail());
        }
        return this;
    }

    String formField(String problemField) {
        if (problemField == null) {
            return "";
        }
        if (problemField.startsWith("items[")) {
            int end = problemField.indexOf(']');
            try {
                int index = Integer.parseInt(problemField.substring("items[".length(), end));
                if (index >= 0 && index < itemIds.size()) {
                    return PRICE + itemIds.get(index);
                }
            } catch (RuntimeException unexpected) {
                return "";
            }
        }
        return values.containsKey(problemField) ? problemField : "";
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String price(long itemId) {
        return value(PRICE + itemId);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String priceError(long itemId) {
        return errors.get(PRICE + itemId);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** {@code 1234.50}, {@code 1234,50}, {@code 1.234,50}, {@code 1,234.50}; {@code 1.234} is refused as ambiguous. */
    private BigDecimal decimal(String field) {
        LocalFormat.Parsed parsed = LocalFormat.parseDecimal(values.get(field));
        if (parsed.refused()) {
            errors.put(field, parsed.refusal() == LocalFormat.Refusal.AMBIGUOUS ? "ambiguousNumber" : "number");
        }
        return parsed.value().orElse(null);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
