package com.zivah.web.mapping;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.LocalizedText;
import com.zivah.web.client.ProductDto;
import com.zivah.web.i18n.SitePaths;
import com.zivah.platform.ui.i18n.LocalFormat;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Upstream DTOs to page views in one language. */
public final class ViewMapper {

    private static final int SUMMARY_LENGTH = 160;
    private static final String DEFAULT_COLOR = "#0b2545";

    private ViewMapper() {
    }

    public static CategoryView category(CategoryDto dto, Language language, String selectedSlug) {
        String color = dto.color() != null && dto.color().matches("#[0-9a-fA-F]{6}") ? dto.color() : DEFAULT_COLOR;
        return new CategoryView(dto.slug(), dto.name() == null ? dto.slug() : dto.name().in(language),
                dto.description() == null ? "" : dto.description().in(language), color, dto.productCount(),
                Objects.equals(dto.slug(), selectedSlug), SitePaths.category(language, dto.slug()));
    }

    public static ProductView product(ProductDto dto, Language language) {
        boolean onRequest = dto.priceOnRequest() || dto.price() == null;
        String name = dto.name() == null ? dto.sku() : dto.name().in(language);
        ImageView image = dto.images().isEmpty() ? null : image(dto.images().get(0), language, name);
        return new ProductView(String.valueOf(dto.id()), dto.sku(), dto.slug(),
                dto.slug() == null ? null : SitePaths.product(language, dto.slug()), name,
                dto.description() == null ? "" : summary(dto.description().in(language)),
                dto.unit(), dto.minOrderQuantity(), onRequest,
                onRequest ? null : price(dto.price(), dto.currency(), language),
                "/cotizar?producto=" + dto.id() + "&lang=" + language.tag(), image,
                dto.stockQuantity() == null || dto.stockQuantity() > 0);
    }

    public static ProductDetail detail(ProductDto dto, Language language) {
        ProductView card = product(dto, language);
        List<ProductDetail.SpecRow> specs = dto.specs().stream()
                .filter(s -> s.value() != null)
                .map(s -> new ProductDetail.SpecRow(s.label() == null ? s.key() : s.label().in(language),
                        s.value().in(language)))
                .toList();
        List<ImageView> images = dto.images().stream().map(i -> image(i, language, card.name()))
                .filter(Objects::nonNull)
                .toList();
        return new ProductDetail(card, dto.description() == null ? "" : dto.description().in(language), specs, images,
                dto.categorySlug(), dto.stockQuantity());
    }

    static ImageView image(ProductDto.Image image, Language language, String productName) {
        String alt = image.alt() == null ? "" : image.alt().in(language);
        if (alt.isBlank()) {
            alt = productName;
        }
        List<ProductDto.Variant> variants = image.variants().stream()
                .filter(v -> v.url() != null && v.url().startsWith("/"))
                .sorted(Comparator.comparingInt(ProductDto.Variant::width))
                .toList();
        if (variants.isEmpty()) {
            return null;
        }
        List<ProductDto.Variant> webp = variants.stream().filter(v -> "webp".equals(v.format())).toList();
        List<ProductDto.Variant> fallback = variants.stream().filter(v -> !"webp".equals(v.format())).toList();
        if (fallback.isEmpty()) {
            fallback = webp;
            webp = List.of();
        }
        ProductDto.Variant src = fallback.stream().filter(v -> "card".equals(v.name())).findFirst()
                .orElse(fallback.get(fallback.size() - 1));
        ProductDto.Variant thumbnail = variants.stream().filter(v -> "thumbnail".equals(v.name())).findFirst()
                .orElse(variants.get(0));
        ProductDto.Variant large = variants.get(variants.size() - 1);
        return new ImageView(alt, src.width(), src.height(), src.url(), srcset(fallback),
                webp.isEmpty() ? null : srcset(webp), thumbnail.url(), thumbnail.width(), thumbnail.height(), large.url());
    }

    private static String srcset(List<ProductDto.Variant> variants) {
        return variants.stream().map(v -> v.url() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    /** The one way of both frontends ({@link LocalFormat#money}): {@code 4,85 USD} (es), {@code 4.85 USD} (en). */
    public static String price(BigDecimal amount, String currency, Language language) {
        return LocalFormat.money(amount, currency == null ? "USD" : currency, language);
    }

    public static String text(LocalizedText text, Language language) {
        return text == null ? "" : text.in(language);
    }

    public static String summary(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "…";
    }
}
