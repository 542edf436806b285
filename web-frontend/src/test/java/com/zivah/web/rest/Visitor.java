package com.zivah.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor's browser for the page tests: keeps its cookies (cart, CSRF, confirmation) from answer to answer like
 * a browser, follows no redirect by itself, reads the hidden fields of the page it last loaded and can backdate the
 * form's signed render time (a person takes more than the minimum fill time; tests do not wait for it).
 */
final class Visitor {

    private static final Pattern HIDDEN = Pattern.compile("name=\"([A-Za-z-]+)\" value=\"([^\"]*)\"");

    final CookieFilter cookies = new CookieFilter();
    private final Signatures signatures;

    Visitor(Signatures signatures) {
        this.signatures = signatures;
    }

    RequestSpecification given() {
        return RestAssured.given().filter(cookies).redirects().follow(false);
    }

    String get(String path) {
        Response page = given().get(path);
        assertEquals(200, page.statusCode(), path + ": " + page.asString());
        return page.asString();
    }

    /** The "add to quote" link of product pages and cards: a 303 to the cart. */
    String add(String productId, String quantity, String lang) {
        RequestSpecification add = given().queryParam("producto", productId).queryParam("lang", lang);
        if (quantity != null) {
            add.queryParam("cantidad", quantity);
        }
        Response answer = add.get("/cotizar");
        assertEquals(303, answer.statusCode(), answer.asString());
        return answer.header("Location");
    }

    /** A line form of the cart page (the CSRF field from the page loaded first). */
    Response line(String lang, String action, String productId, String quantity, String note) {
        String page = get(lang.equals("en") ? "/en/quote" : "/es/cotizacion");
        RequestSpecification post = form(page).formParam("productId", productId).formParam("action", action);
        if (quantity != null) {
            post.formParam("quantity", quantity);
        }
        if (note != null) {
            post.formParam("note", note);
        }
        return post.post(lang.equals("en") ? "/en/quote/lines" : "/es/cotizacion/lineas");
    }

    /** The hidden fields of a page's forms (the last value of each name: all forms share the CSRF token). */
    static Map<String, String> hidden(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    /** A form post carrying the page's CSRF token. */
    RequestSpecification form(String page) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", hidden(page).get("csrf-token"));
    }

    /**
     * The RFQ (or contact) form of {@code page} as a person sends it: CSRF token, the page's idempotency key and a
     * render time {@code secondsAgo} in the past, signed like the server's.
     */
    RequestSpecification humanForm(String page, int secondsAgo) {
        Map<String, String> fields = hidden(page);
        String key = fields.get("idempotencyKey");
        return form(page).formParam("idempotencyKey", key)
                .formParam("started", FormGuard.started(signatures, System.currentTimeMillis() - secondsAgo * 1000L, key));
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }
}
