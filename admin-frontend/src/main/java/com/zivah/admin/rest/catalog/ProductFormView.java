package com.zivah.admin.rest.catalog;

import java.util.List;
import java.util.Map;

import com.zivah.admin.client.catalog.StaffProduct;
import com.zivah.admin.rest.catalog.ProductForm.SpecRow;

/**
 * The product form page: the product as stored (null while creating), the values as typed, the spec rows, the
 * errors by form field (own checks: a message key; catalog-service's: its message) and whether the edit was stale.
 */
public record ProductFormView(StaffProduct product, ProductForm values, List<SpecRow> rows,
                              Map<String, String> errors, boolean stale) {

    static ProductFormView of(StaffProduct product, ProductForm values, Map<String, String> errors,
                              List<SpecRow> rows, boolean stale) {
        return new ProductFormView(product, values, rows == null ? values.specRows() : rows, errors, stale);
    }

    public boolean creating() {
        return product == null;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The error of a field, in words. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean checked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    /** The error of spec row {@code i}'s part (key, labelEs, ...). */
    public String rowError(int i, String part) {
        return errors.get("specs[" + i + "]." + part);
    }
}
