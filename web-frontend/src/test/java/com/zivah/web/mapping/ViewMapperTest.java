package com.zivah.web.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.LocalizedText;
import com.zivah.web.client.ProductDto;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewMapperTest {

    private static ProductDto.Variant variant(String name, String format, int width) {
        return new ProductDto.Variant(name, format, width, width * 3 / 4, "/api/catalog/images/" + name + "." + format);
    }

    private static ProductDto product(List<ProductDto.Image> images, Integer stock) {
        return new ProductDto(5, "ZV-1", "cafe", "cafe-cacao", new LocalizedText("Café", "Coffee"),
                new LocalizedText("Texto", "Text"), "kg", 100, new BigDecimal("4.85"), "USD", false, stock,
                List.of(new ProductDto.Spec("origin", new LocalizedText("Origen", "Origin"),
                        new LocalizedText("Colombia", null))),
                images, null, null);
    }

    @Test
    void webpGoesToTheSourceAndTheFallbackFormatToTheImg() {
        ProductDto.Image image = new ProductDto.Image(1, true, new LocalizedText("Granos", "Beans"), 1600, 1200,
                List.of(variant("large", "webp", 1600), variant("thumbnail", "jpeg", 320), variant("card", "webp", 640),
                        variant("card", "jpeg", 640), variant("thumbnail", "webp", 320), variant("large", "jpeg", 1600)));
        ImageView view = ViewMapper.detail(product(List.of(image), 10), Language.EN).images().get(0);
        assertEquals("Beans", view.alt());
        assertEquals("/api/catalog/images/card.jpeg", view.src());
        assertEquals(640, view.width());
        assertEquals(480, view.height());
        assertEquals("/api/catalog/images/thumbnail.jpeg 320w, /api/catalog/images/card.jpeg 640w, "
                + "/api/catalog/images/large.jpeg 1600w", view.srcset());
        assertEquals("/api/catalog/images/thumbnail.webp 320w, /api/catalog/images/card.webp 640w, "
                + "/api/catalog/images/large.webp 1600w", view.webpSrcset());
        assertEquals(320, view.thumbnailWidth());
    }

    @Test
    void onlyWebpNeedsNoSourceAndAMissingAltFallsBackToTheName() {
        ProductDto.Image image = new ProductDto.Image(1, true, null, 640, 480,
                List.of(variant("thumbnail", "webp", 320), variant("card", "webp", 640)));
        ImageView view = ViewMapper.product(product(List.of(image), 10), Language.ES).image();
        assertNull(view.webpSrcset());
        assertEquals("/api/catalog/images/card.webp", view.src());
        assertEquals("Café", view.alt());
    }

    @Test
    void imagesWithoutUsableVariantsAreLeftOut() {
        ProductDto.Image broken = new ProductDto.Image(1, true, null, 640, 480,
                List.of(new ProductDto.Variant("card", "webp", 640, 480, "https://elsewhere.example/x.webp")));
        ProductDetail detail = ViewMapper.detail(product(List.of(broken), 10), Language.ES);
        assertTrue(detail.images().isEmpty());
        assertNull(detail.card().image());
    }

    @Test
    void stockSpecsAndLinksInThePageLanguage() {
        ProductDetail detail = ViewMapper.detail(product(List.of(), 0), Language.EN);
        assertFalse(detail.card().inStock());
        assertEquals("/en/products/cafe", detail.card().url());
        assertEquals("/cotizar?producto=5&lang=en", detail.card().quoteUrl());
        assertEquals(List.of(new ProductDetail.SpecRow("Origin", "Colombia")), detail.specs());
        assertTrue(ViewMapper.product(product(List.of(), null), Language.EN).inStock(), "unknown stock: not refused");
    }

    @Test
    void aCategoryColorMustBeAHexColor() {
        CategoryDto good = new CategoryDto("x", new LocalizedText("X", null), null, "#A1b2C3", 1, 2);
        CategoryDto bad = new CategoryDto("x", new LocalizedText("X", null), null, "red;background:url(x)", 1, 2);
        assertEquals("#A1b2C3", ViewMapper.category(good, Language.ES, null).color());
        assertEquals("#0b2545", ViewMapper.category(bad, Language.ES, null).color());
        assertEquals("/es/catalogo/x", ViewMapper.category(good, Language.ES, null).url());
    }
}
