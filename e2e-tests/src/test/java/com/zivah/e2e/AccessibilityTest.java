package com.zivah.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
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
            "/es/productos/no-existe", "/cotizar");

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
        assertEquals(List.of(), violations);
    }
}
