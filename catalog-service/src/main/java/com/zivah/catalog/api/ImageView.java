package com.zivah.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One picture of a product: its alt texts, its size (after the EXIF orientation) and its variants (thumbnail, card,
 * large; each in WebP and in a JPEG or, with transparency, PNG fallback).
 */
@Schema(description = "A product image; variants' urls are immutable files named by the SHA-256 of their bytes")
public record ImageView(long id, boolean primary, LocalizedText alt, int width, int height,
                        List<ImageVariantView> variants) {
}
