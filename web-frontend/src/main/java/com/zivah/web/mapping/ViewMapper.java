package com.zivah.web.mapping;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.ProductDto;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** Upstream DTOs to page views in one language. */
public final class ViewMapper {

    private static final int SUMMARY_LENGTH = 160;

    private ViewMapper() {
    }

    public static CategoryView category(CategoryDto dto, Language language, String selectedSlug) {
        return new CategoryView(dto.slug(), dto.name() == null ? dto.slug() : dto.name().in(language),
                dto.description() == null ? "" : dto.description().in(language), dto.productCount(),
                Objects.equals(dto.slug(), selectedSlug));
    }

    public static ProductView product(ProductDto dto, Language language) {
        boolean onRequest = dto.priceOnRequest() || dto.price() == null;
        return new ProductView(String.valueOf(dto.id()), dto.sku(),
                dto.name() == null ? dto.sku() : dto.name().in(language),
                dto.description() == null ? "" : summary(dto.description().in(language)),
                dto.unit(), dto.minOrderQuantity(), onRequest,
                onRequest ? null : price(dto.price(), dto.currency(), language),
                "/cotizar?producto=" + dto.id());
    }

    static String price(BigDecimal amount, String currency, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language == Language.EN
                ? Locale.US : language.locale());
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "USD" : currency));
        } catch (IllegalArgumentException unknownCurrency) {
            NumberFormat plain = NumberFormat.getNumberInstance(language.locale());
            plain.setMinimumFractionDigits(2);
            return plain.format(amount) + " " + currency;
        }
        return format.format(amount);
    }

    private static String summary(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "…";
    }
}
