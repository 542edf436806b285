package com.zivah.catalog.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.api.ProductView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The columns of the staff product CSV (export and import), one product per row, in this order. Texts are plain;
 * {@code specs} is the JSON array of the API ({@code [{"key", "label": {"es", "en"}, "value": {"es", "en"}}]}), so
 * labels and values in both languages survive a round trip exactly. {@code price} is empty when
 * absent (images are not in the CSV: they are uploaded). A text cell that a spreadsheet would run as a formula (starting with {@code = + - @}) or that starts with
 * {@code '} is written with one leading {@code '}; the import removes exactly one leading {@code '} from text cells.
 */
public final class ProductCsvFormat {

    public static final List<String> COLUMNS = List.of("sku", "slug", "categorySlug", "nameEs", "nameEn",
            "descriptionEs", "descriptionEn", "specs", "unit", "minOrderQuantity", "price", "currency",
            "priceOnRequest", "stockQuantity", "active", "version");

    /** Columns holding free text (escaped against formula injection); the others are numbers or flags. */
    public static final Set<String> TEXT_COLUMNS = Set.of("slug", "categorySlug", "nameEs", "nameEn", "descriptionEs",
            "descriptionEn", "specs");

    private ProductCsvFormat() {
    }

    /** The cells of {@code product}, in {@link #COLUMNS} order. */
    public static List<String> row(ProductView product, ObjectMapper json) {
        String specs;
        try {
            specs = json.writeValueAsString(product.specs());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("specs of product " + product.id() + " cannot be written", e);
        }
        return List.of(product.sku(), escape(product.slug()), escape(product.categorySlug()),
                escape(product.name().es()), escape(product.name().en()), escape(product.description().es()),
                escape(product.description().en()), escape(specs), product.unit(),
                String.valueOf(product.minOrderQuantity()), plain(product.price()), product.currency(),
                String.valueOf(product.priceOnRequest()), String.valueOf(product.stockQuantity()),
                String.valueOf(product.active()),
                String.valueOf(product.version()));
    }

    /** A text cell as written: one leading {@code '} before a formula character or a {@code '}. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\'' ? "'" + text : text;
    }

    /** A text cell as read: without the one leading {@code '} {@link #escape} adds. */
    public static String unescape(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static String plain(BigDecimal price) {
        return price == null ? "" : price.toPlainString();
    }
}
