package com.zivah.admin.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.admin.support.Fake;
import com.zivah.admin.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard and the layout every admin page shares: roles, navigation, language, no-store, failures. */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class DashboardResourceTest {

    @AfterEach
    void upstreamsBack() {
        Fake.mode(Fake.QUOTES, "OK");
    }

    @Test
    @TestSecurity(user = "manager", roles = "MANAGER")
    void aManagerSeesTheFiguresAndEveryAreaButUsersAndSettings() {
        given().get("/admin").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(containsString("<html lang=\"es\""), containsString("Solicitudes hoy"),
                        containsString("href=\"/admin/quotes/ZQ-2026-000042\""), containsString("Pendiente"),
                        containsString("href=\"/admin/catalog/products\""), containsString("href=\"/admin/deliveries\""),
                        containsString("action=\"/admin/logout\""),
                        not(containsString("href=\"/admin/users\"")), not(containsString("href=\"/admin/settings\""))));
        assertEquals("-createdAt", queryParam(Fake.last(Fake.QUOTES).query(), "sort"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void theLiveFragmentIsJustTheFiguresForHtmx() {
        given().get("/admin/dashboard/live").then().statusCode(200).header("Cache-Control", "no-store")
                .body(allOf(containsString("id=\"kpi-today\""), containsString("ZQ-2026-000042"),
                        not(containsString("<html")), not(containsString("admin-nav"))));
    }

    @Test
    @TestSecurity(user = "admin", roles = "ADMIN")
    void anAdminAlsoSeesUsersAndSettingsInEnglishWhenAsked() {
        given().queryParam("lang", "en").get("/admin").then().statusCode(200)
                .cookie("lang", "en")
                .body(allOf(containsString("<html lang=\"en\""), containsString("Requests today"),
                        containsString("href=\"/admin/users\""), containsString("href=\"/admin/settings\""),
                        containsString("admin — ADMIN")));
        given().cookie("lang", "en").get("/admin").then().body(containsString("Requests this week"));
        given().header("Accept-Language", "en-GB,en;q=0.8").get("/admin").then().body(containsString("Quotes sent"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "OTHER")
    void aSignedInUserWithoutAStaffRoleGetsTheForbiddenPage() {
        given().get("/admin").then().statusCode(403).header("Cache-Control", "no-store")
                .body(allOf(containsString("Acceso denegado"), not(containsString("href=\"/admin/quotes\""))));
    }

    @Test
    void anonymousIsSentToKeycloak() {
        given().redirects().follow(false).get("/admin").then().statusCode(302)
                .header("Location", startsWith(Fake.baseUrl() + "/realms/zivah/protocol/openid-connect/auth"))
                .header("Cache-Control", "no-store");
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void quoteServiceDownIsAFriendlyPage() {
        Fake.mode(Fake.QUOTES, "DOWN");
        given().get("/admin").then().statusCode(503)
                .body(allOf(containsString("Servicio no disponible"), not(containsString("Exception"))));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "VIEWER")
    void assetsAreImmutableAndPublic() {
        String page = given().get("/admin").asString();
        String css = page.replaceAll("(?s).*href=\"(/admin/assets/admin\\.[0-9a-f]+\\.css)\".*", "$1");
        given().get(css).then().statusCode(200).header("Cache-Control", containsString("immutable"))
                .body(containsString("--navy"));
    }

    private static String queryParam(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
