package com.zivah.admin.mapping.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.zivah.admin.client.catalog.ProductWrite;
import com.zivah.admin.rest.catalog.ProductForm;
import com.zivah.admin.rest.catalog.ProductForm.SpecRow;

class ProductFormMapperTest {

    @Test
    void catalogFieldPathsBecomeFormFields() {
        assertEquals("nameEs", ProductFormMapper.formField("name.es"));
        assertEquals("descriptionEn", ProductFormMapper.formField("description.en"));
        assertEquals("specs[2].labelEn", ProductFormMapper.formField("specs[2].label.en"));
        assertEquals("specs[0].key", ProductFormMapper.formField("specs[0].key"));
        assertEquals("price", ProductFormMapper.formField("price"));
    }

    @Test
    void rowButtonsAddRemoveAndReorderWithoutSaving() {
        List<SpecRow> rows = List.of(row("a"), row("b"), row("c"));
        assertEquals(List.of("a", "b", "c", ""), keys(ProductFormMapper.applyRowAction(rows, "add")));
        assertEquals(List.of("a", "c"), keys(ProductFormMapper.applyRowAction(rows, "remove-1")));
        assertEquals(List.of("b", "a", "c"), keys(ProductFormMapper.applyRowAction(rows, "up-1")));
        assertEquals(List.of("a", "c", "b"), keys(ProductFormMapper.applyRowAction(rows, "down-1")));
        assertEquals(List.of("a", "b", "c"), keys(ProductFormMapper.applyRowAction(rows, "up-0")));
        assertEquals(List.of("a", "b", "c"), keys(ProductFormMapper.applyRowAction(rows, "down-2")));
        assertEquals(List.of("a", "b", "c"), keys(ProductFormMapper.applyRowAction(rows, "remove-9")));
        assertEquals(List.of("a", "b", "c"), keys(ProductFormMapper.applyRowAction(rows, "drop table")));
    }

    @Test
    void theFormBecomesTheCatalogBodyAndNumbersThatAreNotNumbersAreErrors() {
        ProductForm form = new ProductForm();
        form.sku = " ZV-NEW-001 ";
        form.slug = " ";
        form.categorySlug = "cafe-cacao";
        form.nameEs = " Nuevo ";
        form.nameEn = "New";
        form.descriptionEs = "d";
        form.descriptionEn = "d";
        form.unit = "kg";
        form.minOrderQuantity = "ten";
        form.price = "4,85";
        form.currency = "USD";
        form.stockQuantity = "3";
        form.active = "true";
        form.specKey = List.of("origin", "");
        form.specLabelEs = List.of("Origen", "");
        form.specLabelEn = List.of("Origin", "");
        form.specValueEs = List.of("Colombia", "");
        form.specValueEn = List.of("Colombia", "");
        Map<String, String> errors = new LinkedHashMap<>();
        ProductWrite write = ProductFormMapper.toWrite(form, true, errors);
        assertEquals("ZV-NEW-001", write.sku());
        assertNull(write.slug());
        assertEquals("Nuevo", write.name().es());
        assertEquals(new BigDecimal("4.85"), write.price());
        assertEquals(1, write.specs().size(), "the blank row is dropped");
        assertEquals("Origin", write.specs().get(0).label().en());
        assertEquals(Boolean.FALSE, write.priceOnRequest());
        assertTrue(write.active());
        assertNull(write.version());
        assertEquals(Map.of("minOrderQuantity", "notAWholeNumber"), errors);
    }

    @Test
    void anEditSendsItsVersionAndNoSku() {
        ProductForm form = ProductFormMapper.toForm(null);
        form.sku = "ZV-X-1";
        form.version = "7";
        form.priceOnRequest = "true";
        form.price = "";
        Map<String, String> errors = new LinkedHashMap<>();
        ProductWrite write = ProductFormMapper.toWrite(form, false, errors);
        assertNull(write.sku());
        assertEquals(7L, write.version());
        assertNull(write.price());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static SpecRow row(String key) {
        return new SpecRow(key, key, key, key, key);
    }

    private static List<String> keys(List<SpecRow> rows) {
        return rows.stream().map(SpecRow::key).toList();
    }
}
