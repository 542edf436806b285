package com.zivah.web.mapping;

/**
 * One product image ready for {@code <picture>}: {@code webpSrcset} (null when there is no WebP variant or nothing
 * else to fall back to), {@code srcset}/{@code src} in the fallback format, intrinsic {@code width}/{@code height}
 * (of the variant in {@code src}, so the browser reserves the right box), alt text in the page language.
 */
public record ImageView(String alt, int width, int height, String src, String srcset, String webpSrcset,
        String thumbnail, int thumbnailWidth, int thumbnailHeight, String large) {
}
