package com.zivah.admin.rest.catalog;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The product form as posted: every value a String, shown back exactly as typed on an error. The specification
 * rows come as parallel lists (one entry per row, in order); {@code specAction} is the row button pressed
 * ({@code add}, {@code remove-<i>}, {@code up-<i>}, {@code down-<i>}), which edits the rows without saving.
 */
public class ProductForm {

    @RestForm public String sku;
    @RestForm public String slug;
    @RestForm public String categorySlug;
    @RestForm public String nameEs;
    @RestForm public String nameEn;
    @RestForm public String descriptionEs;
    @RestForm public String descriptionEn;
    @RestForm public String unit;
    @RestForm public String minOrderQuantity;
    @RestForm public String price;
    @RestForm public String currency;
    @RestForm public String priceOnRequest;
    @RestForm public String stockQuantity;
    @RestForm public String active;
    @RestForm public String version;
    @RestForm public List<String> specKey = new ArrayList<>();
    @RestForm public List<String> specLabelEs = new ArrayList<>();
    @RestForm public List<String> specLabelEn = new ArrayList<>();
    @RestForm public List<String> specValueEs = new ArrayList<>();
    @RestForm public List<String> specValueEn = new ArrayList<>();
    @RestForm public String specAction;

    /** The rows as typed (the lists padded to the same length). */
    public List<SpecRow> specRows() {
        int rows = Math.max(Math.max(size(specKey), size(specLabelEs)),
                Math.max(size(specLabelEn), Math.max(size(specValueEs), size(specValueEn))));
        List<SpecRow> result = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            result.add(new SpecRow(at(specKey, i), at(specLabelEs, i), at(specLabelEn, i), at(specValueEs, i),
                    at(specValueEn, i)));
        }
        return result;
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    /** One specification row of the form. */
    public record SpecRow(String key, String labelEs, String labelEn, String valueEs, String valueEn) {

        public static SpecRow empty() {
            return new SpecRow("", "", "", "", "");
        }
    }
}
