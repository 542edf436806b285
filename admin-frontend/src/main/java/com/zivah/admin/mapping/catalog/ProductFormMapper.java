package com.zivah.admin.mapping.catalog;

import com.zivah.platform.ui.i18n.LocalFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zivah.admin.client.catalog.LocalizedText;
import com.zivah.admin.client.catalog.ProductWrite;
import com.zivah.admin.client.catalog.SpecLine;
import com.zivah.admin.client.catalog.StaffProduct;
import com.zivah.admin.rest.catalog.ProductForm;
import com.zivah.admin.rest.catalog.ProductForm.SpecRow;

/**
 * Between the product form (Strings as typed) and catalog-service's product: what the admin checks itself is only
 * that numbers are numbers (everything else is catalog-service's rule, its errors shown next to the fields); and
 * the mapping of catalog-service's field paths to the form's ({@code name.es} → {@code nameEs},
 * {@code specs[2].label.en} → {@code specs[2].labelEn}).
 */
public final class ProductFormMapper {

    /** Spec rows a product may have (catalog-service's limit). */
    public static final int MAX_SPECS = 30;
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.(es|en)$");
    private static final Pattern ACTION = Pattern.compile("(remove|up|down)-(\\d{1,2})");

    private ProductFormMapper() {
    }

    /** The body of a create ({@code creating}: sku and slug, no version) or update; parse errors into {@code errors}. */
    public static ProductWrite toWrite(ProductForm form, boolean creating, Map<String, String> errors) {
        List<SpecLine> specs = new ArrayList<>();
        for (SpecRow row : form.specRows()) {
            if (!isBlank(row)) {
                specs.add(new SpecLine(row.key().trim(), new LocalizedText(row.labelEs().trim(), row.labelEn().trim()),
                        new LocalizedText(row.valueEs().trim(), row.valueEn().trim())));
            }
        }
        boolean onRequest = checked(form.priceOnRequest);
        return new ProductWrite(
                creating ? trimmed(form.sku) : null,
                creating ? blankToNull(form.slug) : null,
                trimmed(form.categorySlug),
                new LocalizedText(trimmed(form.nameEs), trimmed(form.nameEn)),
                new LocalizedText(stripped(form.descriptionEs), stripped(form.descriptionEn)),
                specs,
                trimmed(form.unit),
                integer(form.minOrderQuantity, "minOrderQuantity", errors),
                onRequest && blankToNull(form.price) == null ? null : decimal(form.price, "price", errors),
                trimmed(form.currency),
                onRequest,
                integer(form.stockQuantity, "stockQuantity", errors),
                checked(form.active),
                creating ? null : longValue(form.version, "version", errors));
    }

    /** The form of an existing product (or of a new one: {@code product} null, active and one empty spec row). */
    public static ProductForm toForm(StaffProduct product) {
        ProductForm form = new ProductForm();
        if (product == null) {
            form.unit = "kg";
            form.minOrderQuantity = "1";
            form.currency = "USD";
            form.stockQuantity = "0";
            form.active = "true";
            return form;
        }
        form.sku = product.sku();
        form.slug = product.slug();
        form.categorySlug = product.categorySlug();
        form.nameEs = product.name().es();
        form.nameEn = product.name().en();
        form.descriptionEs = product.description().es();
        form.descriptionEn = product.description().en();
        form.unit = product.unit();
        form.minOrderQuantity = String.valueOf(product.minOrderQuantity());
        form.price = product.price() == null ? "" : product.price().toPlainString();
        form.currency = product.currency();
        form.priceOnRequest = product.priceOnRequest() ? "true" : null;
        form.stockQuantity = String.valueOf(product.stockQuantity());
        form.active = product.active() ? "true" : null;
        form.version = String.valueOf(product.version());
        for (SpecLine spec : product.specs()) {
            form.specKey.add(spec.key());
            form.specLabelEs.add(spec.label().es());
            form.specLabelEn.add(spec.label().en());
            form.specValueEs.add(spec.value().es());
            form.specValueEn.add(spec.value().en());
        }
        return form;
    }

    /** The rows after the row button {@code action} (add, remove-i, up-i, down-i); unknown actions change nothing. */
    public static List<SpecRow> applyRowAction(List<SpecRow> rows, String action) {
        List<SpecRow> result = new ArrayList<>(rows);
        if ("add".equals(action)) {
            if (result.size() < MAX_SPECS) {
                result.add(SpecRow.empty());
            }
            return result;
        }
        Matcher m = action == null ? null : ACTION.matcher(action);
        if (m == null || !m.matches()) {
            return result;
        }
        int i = Integer.parseInt(m.group(2));
        if (i >= result.size()) {
            return result;
        }
        switch (m.group(1)) {
            case "remove" -> result.remove(i);
            case "up" -> {
                if (i > 0) {
                    Collections.swap(result, i, i - 1);
                }
            }
            default -> {
                if (i + 1 < result.size()) {
                    Collections.swap(result, i, i + 1);
                }
            }
        }
        return result;
    }

    /** catalog-service's field path → the form's field name. */
    public static String formField(String catalogField) {
        Matcher suffix = LANGUAGE_SUFFIX.matcher(catalogField);
        if (suffix.find()) {
            String lang = suffix.group(1);
            return catalogField.substring(0, suffix.start()) + Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
        }
        return catalogField;
    }

    /** catalog-service's errors keyed by the form's field names. */
    public static Map<String, String> formErrors(Map<String, String> catalogErrors) {
        Map<String, String> result = new LinkedHashMap<>();
        catalogErrors.forEach((field, message) -> result.putIfAbsent(formField(field), message));
        return result;
    }

    private static boolean isBlank(SpecRow row) {
        return (row.key() + row.labelEs() + row.labelEn() + row.valueEs() + row.valueEn()).isBlank();
    }

    static boolean checked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null; // catalog-service names the missing field
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "notAWholeNumber");
            return null;
        }
    }

    private static Long longValue(String value, String field, Map<String, String> errors) {
        try {
            return Long.valueOf(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "notAWholeNumber");
            return null;
        }
    }

    private static BigDecimal decimal(String value, String field, Map<String, String> errors) {
        LocalFormat.Parsed parsed = LocalFormat.parseDecimal(value);
        if (parsed.refused()) {
            errors.put(field, parsed.refusal() == LocalFormat.Refusal.AMBIGUOUS ? "ambiguousDecimal" : "notADecimal");
        }
        return parsed.value().orElse(null);
    }
}
