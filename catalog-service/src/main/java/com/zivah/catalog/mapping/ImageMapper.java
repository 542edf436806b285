package com.zivah.catalog.mapping;

import com.zivah.catalog.ImageVariant;
import com.zivah.catalog.ProductImage;
import com.zivah.catalog.api.ImageVariantView;
import com.zivah.catalog.api.ImageView;
import com.zivah.catalog.api.LocalizedText;
import java.util.Comparator;
import java.util.List;

/** Product images → API records; the one place that builds an image's public URL. */
public final class ImageMapper {

    /** Where image bytes are served (rest/ImageResource). */
    public static final String URL_PREFIX = "/api/catalog/images/";

    /** The API order of variants: by size, and per size WebP before its fallback. */
    private static final List<String> SIZES = List.of("thumbnail", "card", "large");

    private ImageMapper() {
    }

    public static ImageView toView(ProductImage image) {
        List<ImageVariantView> variants = image.variants.stream()
                .sorted(Comparator.comparingInt((ImageVariant v) -> SIZES.indexOf(v.name))
                        .thenComparing(v -> !"webp".equals(v.format)))
                .map(ImageMapper::toView)
                .toList();
        return new ImageView(image.id, image.primary, new LocalizedText(image.altEs, image.altEn), image.width,
                image.height, variants);
    }

    public static ImageVariantView toView(ImageVariant variant) {
        return new ImageVariantView(variant.name, variant.format, variant.width, variant.height,
                url(variant.blobSha256, variant.format));
    }

    /** {@code /api/catalog/images/<sha256>.<ext>} of a blob in {@code format} (webp, jpeg, png). */
    public static String url(String sha256, String format) {
        return URL_PREFIX + sha256 + "." + ("jpeg".equals(format) ? "jpg" : format);
    }
}
