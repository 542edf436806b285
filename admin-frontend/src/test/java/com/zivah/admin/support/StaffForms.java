package com.zivah.admin.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test base of logged-in page tests: a test class is {@code @QuarkusTest
 * @WithTestResource(FakeUpstreamsResource.class)} (services answered from the committed pacts) and each test names
 * its staff member with {@code @TestSecurity(user = "manager", roles = "MANAGER")}; this loads an admin page like a
 * browser does and gives a POST carrying its CSRF cookie and field (every admin form needs them).
 */
public final class StaffForms {

    public static final String CSRF_COOKIE = "admin-csrf";
    private static final Pattern HIDDEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private StaffForms() {
    }

    /** A form POST with the CSRF pair of a freshly loaded {@code page} (redirects not followed). */
    public static RequestSpecification post(String page) {
        Response form = given().get(page);
        Matcher hidden = HIDDEN.matcher(form.asString());
        if (!hidden.find()) {
            throw new AssertionError("no CSRF field on " + page + ": " + form.asString());
        }
        return given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(CSRF_COOKIE, form.getCookie(CSRF_COOKIE))
                .formParam("csrf-token", hidden.group(1));
    }
}
