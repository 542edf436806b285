package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Logout is a CSRF-protected POST; a GET (a link, an image, a prefetch) never logs anybody out. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class LogoutTest {

    private static final Pattern HIDDEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void getLogoutOnlyShowsAConfirmationForm() {
        given().redirects().follow(false).when().get("/logout")
                .then().statusCode(200)
                .header("Location", nullValue())
                .body(allOf(containsString("<html lang=\"es\">"), containsString("method=\"post\" action=\"/logout\""),
                        containsString("name=\"csrf-token\""), not(containsString("openid-connect"))));
    }

    @Test
    void postLogoutWithoutCsrfIsRefusedWithAFriendlyPage() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .when().post("/logout")
                .then().statusCode(anyOf(is(400), is(403)))
                .header("Location", nullValue())
                .body(containsString("El formulario ha caducado"));
    }

    @Test
    void postLogoutWithCsrfAndNoSessionGoesHome() {
        Response form = given().get("/logout");
        Matcher hidden = HIDDEN.matcher(form.asString());
        org.junit.jupiter.api.Assertions.assertTrue(hidden.find(), form.asString());
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", form.getCookie("csrf-token")).formParam("csrf-token", hidden.group(1))
                .header("Host", "evil.example")
                .when().post("/logout")
                .then().statusCode(303).header("Location", equalTo("/"));
    }
}
