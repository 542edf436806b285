package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, journey (3) on the whole running system in Chromium: MANAGER signs in through Keycloak's login page, creates
 * a product at /admin/catalog/products with its ES/EN fields, uploads a real PNG (drawn here), activates it, and
 * within one second of the activation's redirect the public site shows it with its image: the Spanish product page
 * and the catalog list, the image answering 200 as WebP or JPEG.
 */
class AdminCatalogJourneyTest extends BrowserTestBase {

    private static final Pattern PRODUCT_PAGE = Pattern.compile("/admin/catalog/products/(\\d+)\\?done=productCreated");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void managerCreatesAProductWithAnImageAndThePublicSiteShowsItWithinASecond() throws Exception {
        page.setViewportSize(1280, 900);
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String slug = "pimienta-journey-" + n;
        String nameEs = "Pimienta rosa journey " + n;

        signInToAdmin("/admin/catalog/products", "manager", "Manager#Zivah2026");
        assertThat(page.locator(".who")).containsText("MANAGER");
        keepScreenshot("catalog-products");
        page.locator("main a[href='/admin/catalog/products/new']").click();
        page.waitForURL(url -> url.endsWith("/admin/catalog/products/new"));
        page.locator("#sku").fill("ZV-JRN-" + n);
        page.locator("#slug").fill(slug);
        page.locator("#categorySlug").selectOption("especias");
        page.locator("#nameEs").fill(nameEs);
        page.locator("#nameEn").fill("Pink pepper journey " + n);
        page.locator("#descriptionEs").fill("Bayas de pimienta rosa secadas al sol, en sacos de 25 kg.");
        page.locator("#descriptionEn").fill("Sun-dried pink peppercorns in 25 kg bags.");
        page.locator("#price").fill("18.40");
        page.locator("#currency").fill("EUR");
        page.locator("#unit").selectOption("kg");
        page.locator("#minOrderQuantity").fill("100");
        page.locator("#stockQuantity").fill("2500");
        page.locator("input[name=active]").uncheck(); // activated below, once it has its image
        keepScreenshot("product-new");
        page.locator("form.product-form .form-actions button[type=submit]").click();
        page.waitForURL(url -> PRODUCT_PAGE.matcher(url).find());
        Matcher created = PRODUCT_PAGE.matcher(page.url());
        assertTrue(created.find());
        String id = created.group(1);
        assertEquals(404, status(LocalStack.GATEWAY + "/api/catalog/products/" + slug), "inactive: not public yet");

        // a real PNG through the upload form (XHR with progress, then the product page)
        page.locator("#file").setInputFiles(new FilePayload("pimienta-" + n + ".png", "image/png", png()));
        page.locator("#altEs").fill("Pimienta rosa en grano");
        page.locator("#altEn").fill("Pink peppercorns");
        page.locator(".upload-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/admin/catalog/products/" + id + "?done=imageUploaded"));
        assertThat(page.locator(".image-list li")).hasCount(1);
        assertThat(page.locator(".image-list li .badge")).isVisible(); // the first image is the primary one
        keepScreenshot("product-image");

        page.locator("form[action$='/availability'] button[type=submit]").click();
        page.waitForURL(url -> url.contains("/admin/catalog/products/" + id + "?done="));
        long saved = System.nanoTime();
        // within a second of the save's redirect: the product page and the catalog list show it, with the image
        String productPage = LocalStack.GATEWAY + "/es/productos/" + slug;
        String catalogList = LocalStack.GATEWAY + "/es/catalogo?q="
                + java.net.URLEncoder.encode(nameEs, java.nio.charset.StandardCharsets.UTF_8);
        // both polled side by side (each timed on its own, not one after the other)
        long[] shown = firstShown(saved, () -> {
            HttpResponse<String> product = get(productPage);
            return product.statusCode() == 200 && product.body().contains(nameEs) && product.body().contains("gallery-main");
        }, () -> {
            HttpResponse<String> list = get(catalogList);
            return list.statusCode() == 200 && list.body().contains("/es/productos/" + slug)
                    && list.body().contains("class=\"product-image\"");
        });
        long productShown = shown[0];
        long listShown = shown[1];
        System.out.println("after the activation's redirect the public site shows the product page in " + productShown
                + " ms, the catalog list in " + listShown + " ms");
        assertTrue(productShown <= 1000 && listShown <= 1000, "shown within a second of the save: product page "
                + productShown + " ms, catalog list " + listShown + " ms");
        keepScreenshot("product-active");

        page.navigate(productPage);
        assertThat(page.locator("h1")).containsText(nameEs);
        Locator main = page.locator(".gallery-main img");
        assertThat(main).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", main.elementHandle());
        assertImage(main.evaluate("img => img.currentSrc || img.src").toString());
        keepScreenshot("public-product");

        page.navigate(catalogList);
        Locator card = page.locator(".product-card", new com.microsoft.playwright.Page.LocatorOptions().setHasText(nameEs));
        assertThat(card).hasCount(1);
        Locator image = card.locator("img.product-image");
        image.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        assertImage(image.evaluate("img => img.currentSrc || img.src").toString());
        keepScreenshot("public-catalog");
    }

    /**
     * Milliseconds from {@code since} until each condition first holds, all polled in turn every 50 ms (waited for up
     * to 30 s so that a failure says how late it was).
     */
    @SafeVarargs
    private static long[] firstShown(long since, java.util.concurrent.Callable<Boolean>... conditions) {
        long[] shown = new long[conditions.length];
        java.util.Arrays.fill(shown, -1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).pollDelay(Duration.ZERO).until(() -> {
            boolean all = true;
            for (int i = 0; i < conditions.length; i++) {
                if (shown[i] < 0 && conditions[i].call()) {
                    shown[i] = (System.nanoTime() - since) / 1_000_000;
                }
                all &= shown[i] >= 0;
            }
            return all;
        });
        return shown;
    }

    /** The image URL the page uses answers 200 with a WebP or JPEG body. */
    private void assertImage(String url) {
        APIResponse image = page.request().get(url);
        assertEquals(200, image.status(), url);
        String type = image.headers().getOrDefault("content-type", "");
        assertTrue(List.of("image/webp", "image/jpeg").contains(type.split(";")[0].trim()), url + ": " + type);
        assertTrue(image.body().length > 100, url);
    }

    /** An 800×600 PNG with a gradient and a few shapes (a plausible product photo, not a 1-pixel dummy). */
    private static byte[] png() throws IOException {
        BufferedImage picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xf3, 0xe9, 0xdc), 800, 600, new Color(0xe3, 0xa3, 0x3b)));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(0xc2, 0x3b, 0x4e));
        for (int i = 0; i < 40; i++) {
            g.fillOval(120 + (i * 97) % 560, 100 + (i * 53) % 400, 36, 36);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String url) throws IOException, InterruptedException {
        return get(url).statusCode();
    }
}
