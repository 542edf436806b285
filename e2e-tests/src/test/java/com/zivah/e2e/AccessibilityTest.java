package com.zivah.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * axe-core (every rule it runs by default: WCAG 2.x A/AA and best practices) on each public page, in both languages,
 * at a phone and a desktop width: no violation.
 */
class AccessibilityTest extends BrowserTestBase {

    private static final List<String> PAGES = List.of(
            "/es/", "/en/",
            "/es/catalogo", "/en/catalog",
            "/es/catalogo?q=cafe", "/es/catalogo?q=xyzzy",
            "/es/catalogo/especias", "/en/catalog/especias?sort=price",
            "/es/productos/cafe-verde-arabica-grado-1", "/en/products/cafe-verde-arabica-grado-1",
            "/es/productos/no-existe",
            "/es/cotizacion", "/en/quote", "/es/contacto", "/en/contact", "/es/cotizacion/gracias",
            "/en/contact/thanks?ref=ZM-2026-000001");

    /** The cart with two lines and the RFQ form under it (a page that needs a cookie, loaded after adding). */
    private static final List<String> CART_PAGES = List.of("/es/cotizacion", "/en/quote");

    @Test
    void noPublicPageHasAnAxeViolationOnAPhoneOrADesktop() {
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width < 500 ? 844 : 900);
            for (String path : PAGES) {
                page.navigate(LocalStack.GATEWAY + path);
                page.waitForLoadState();
                AxeResults results = new AxeBuilder(page).analyze();
                for (Rule rule : results.getViolations()) {
                    violations.add(width + "px " + path + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                            + rule.getHelp() + " — " + rule.getNodes().stream().map(node -> node.getTarget().toString())
                            .limit(3).toList());
                }
            }
        }
        // the cart with lines, its RFQ form, and the form with every error shown
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width < 500 ? 844 : 900);
            for (String path : CART_PAGES) {
                List<Map<String, Object>> products = given().baseUri(LocalStack.GATEWAY)
                        .get("/api/catalog/products?size=2").then().extract().jsonPath().getList("items");
                for (Map<String, Object> product : products) {
                    page.navigate(LocalStack.GATEWAY + "/cotizar?producto=" + product.get("id") + "&lang="
                            + path.substring(1, 3));
                }
                page.navigate(LocalStack.GATEWAY + path);
                check(width + "px " + path + " (2 lines)", violations);
                page.locator("#email").fill("x");
                page.locator("form.rfq-form button[type=submit]").click();
                page.waitForLoadState();
                check(width + "px " + path + " (errors)", violations);
            }
        }
        assertEquals(List.of(), violations);
    }

    private void check(String where, List<String> violations) {
        page.waitForLoadState();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            violations.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
                    + rule.getNodes().stream().map(node -> node.getTarget().toString()).limit(3).toList());
        }
    }
}
