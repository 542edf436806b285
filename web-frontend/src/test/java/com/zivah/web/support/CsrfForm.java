package com.zivah.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads a form page (the contact form) like a browser does and returns a request carrying its CSRF cookie and field. */
public final class CsrfForm {

    private static final Pattern HIDDEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private CsrfForm() {
    }

    public static RequestSpecification post(String langCookie) {
        String[] pair = tokenAndCookie(langCookie);
        RequestSpecification post = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", pair[1])
                .formParam("csrf-token", pair[0]);
        if (langCookie != null) {
            post.cookie("lang", langCookie);
        }
        return post;
    }

    /** Like {@link #post} but with a hand-made urlencoded body (the CSRF field comes first). */
    public static RequestSpecification postRaw(String langCookie, String body) {
        String[] pair = tokenAndCookie(langCookie);
        RequestSpecification post = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", pair[1])
                .body("csrf-token=" + pair[0] + "&" + body);
        if (langCookie != null) {
            post.cookie("lang", langCookie);
        }
        return post;
    }

    /** The hidden field's token and the cookie of a freshly loaded form. */
    private static String[] tokenAndCookie(String langCookie) {
        RequestSpecification get = given();
        if (langCookie != null) {
            get.cookie("lang", langCookie);
        }
        Response form = get.get("/es/contacto");
        Matcher hidden = HIDDEN.matcher(form.asString());
        if (!hidden.find()) {
            throw new AssertionError("no CSRF field in the form: " + form.asString());
        }
        return new String[] {hidden.group(1), form.getCookie("csrf-token")};
    }
}
