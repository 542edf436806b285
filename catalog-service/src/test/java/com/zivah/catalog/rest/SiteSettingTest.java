package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class SiteSettingTest {

    @Inject
    DataSource dataSource;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    private long versionOf(String key) {
        return ((Number) db().row("select version from site_setting where setting_key = ?", key).get("version")).longValue();
    }

    private String storedValue(String key) {
        return (String) db().row("select setting_value::text as v from site_setting where setting_key = ?", key).get("v");
    }

    private String textOf(String key) {
        return (String) db().row("select setting_value #>> '{}' as v from site_setting where setting_key = ?", key).get("v");
    }

    @Test
    void theMigrationCreatesEveryKeyWithItsTypeAndVisibility() {
        Map<String, String> expected = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("company-name", "TEXT/true"), Map.entry("contact-email", "TEXT/true"),
                Map.entry("contact-phone", "TEXT/true"), Map.entry("company-address", "TEXT/true"),
                Map.entry("social-links", "JSON/true"), Map.entry("hero-title-es", "TEXT/true"),
                Map.entry("hero-title-en", "TEXT/true"), Map.entry("hero-subtitle-es", "TEXT/true"),
                Map.entry("hero-subtitle-en", "TEXT/true"), Map.entry("sales-notification-email", "TEXT/false"),
                Map.entry("default-currency", "TEXT/true"), Map.entry("quote-validity-days", "NUMBER/false"),
                Map.entry("show-stock-levels", "BOOLEAN/true")));
        Map<String, String> stored = new java.util.TreeMap<>();
        for (Map<String, Object> row : db().rows("select setting_key, setting_type, is_public from site_setting")) {
            stored.put((String) row.get("setting_key"), row.get("setting_type") + "/" + row.get("is_public"));
        }
        assertEquals(expected, stored);
    }

    @Test
    void theDatabaseRefusesAValueOfAnotherType() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> db().execute(
                "update site_setting set setting_value = '\"yes\"'::jsonb where setting_key = 'show-stock-levels'"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> db().execute(
                "insert into site_setting (setting_key, setting_type, setting_value, description) "
                        + "values ('Bad_Key', 'TEXT', '\"x\"', 'x')"));
    }

    private long outboxRowsFor(String key) {
        return db().count("select count(*) from outbox_event where event_key = ? and topic = 'zivah.catalog.setting.v1'", key);
    }

    private static Map<String, Object> body(Object value, long version) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>();
        body.put("value", value);
        body.put("version", version);
        return body;
    }

    @Test
    void anonymousReadsThePublicSettingsAsTypedValues() {
        given().when().get("/api/catalog/settings/public")
                .then().statusCode(200).contentType(ContentType.JSON)
                // other tests of this class change values: compare with what is stored, and check the types
                .body("'company-name'", equalTo(textOf("company-name")))
                .body("'default-currency'", matchesPattern("[A-Z]{3}"))
                .body("'show-stock-levels'", instanceOf(Boolean.class))
                .body("'social-links'.linkedin", startsWith("https://www.linkedin.com/company/zivah"))
                .body("$", hasKey("hero-title-es"))
                .body("$", hasKey("hero-title-en"))
                .body("$", hasKey("contact-email"))
                .body("$", not(hasKey("sales-notification-email")))
                .body("$", not(hasKey("quote-validity-days")));
    }

    @Test
    void anonymousCannotReadOrWriteStaffEndpoints() {
        given().when().get("/api/catalog/settings").then().statusCode(401);
        long version = versionOf("company-name");
        given().contentType(ContentType.JSON).body(body("Hacked", version))
                .when().put("/api/catalog/settings/company-name").then().statusCode(401);
        assertEquals(version, versionOf("company-name"));
    }

    @Test
    @TestSecurity(user = "vic", roles = "VIEWER")
    void viewerReadsAllSettingsWithTypeFlagAndVersionButCannotWrite() {
        given().when().get("/api/catalog/settings")
                .then().statusCode(200)
                .body("key", hasItem("sales-notification-email"))
                .body("find { it.key == 'sales-notification-email' }.public", is(false))
                .body("find { it.key == 'sales-notification-email' }.type", equalTo("TEXT"))
                .body("find { it.key == 'quote-validity-days' }.value", instanceOf(Integer.class))
                .body("find { it.key == 'quote-validity-days' }.type", equalTo("NUMBER"))
                .body("find { it.key == 'company-name' }.public", is(true))
                .body("find { it.key == 'company-name' }.version", is((int) versionOf("company-name")));
        long version = versionOf("company-name");
        given().contentType(ContentType.JSON).body(body("ZIVAH", version))
                .when().put("/api/catalog/settings/company-name")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(version, versionOf("company-name"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void managerReadsButCannotWrite() {
        given().when().get("/api/catalog/settings").then().statusCode(200).body("key", hasItem("company-name"));
        long version = versionOf("contact-phone");
        given().contentType(ContentType.JSON).body(body("+34 600 000 000", version))
                .when().put("/api/catalog/settings/contact-phone")
                .then().statusCode(403);
        assertEquals(version, versionOf("contact-phone"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void adminChangesEachTypeAndThePublicReadShowsIt() {
        long version = versionOf("hero-title-en");
        long events = outboxRowsFor("hero-title-en");
        given().contentType(ContentType.JSON).body(body("Coffee, cocoa and spices from origin", version))
                .when().put("/api/catalog/settings/hero-title-en")
                .then().statusCode(200)
                .body("key", equalTo("hero-title-en"))
                .body("value", equalTo("Coffee, cocoa and spices from origin"))
                .body("version", is((int) version + 1))
                .body("updatedBy", equalTo("ada"));
        assertEquals("\"Coffee, cocoa and spices from origin\"", storedValue("hero-title-en"));
        assertEquals(events + 1, outboxRowsFor("hero-title-en"));
        given().when().get("/api/catalog/settings/public")
                .then().statusCode(200).body("'hero-title-en'", equalTo("Coffee, cocoa and spices from origin"));

        given().contentType(ContentType.JSON).body(body(45, versionOf("quote-validity-days")))
                .when().put("/api/catalog/settings/quote-validity-days").then().statusCode(200).body("value", is(45));
        assertEquals("45", storedValue("quote-validity-days"));

        given().contentType(ContentType.JSON).body(body(false, versionOf("show-stock-levels")))
                .when().put("/api/catalog/settings/show-stock-levels").then().statusCode(200).body("value", is(false));
        given().when().get("/api/catalog/settings/public").then().body("'show-stock-levels'", is(false));

        Map<String, String> links = Map.of("linkedin", "https://www.linkedin.com/company/zivah-trading",
                "x", "https://x.com/zivah");
        given().contentType(ContentType.JSON).body(body(links, versionOf("social-links")))
                .when().put("/api/catalog/settings/social-links").then().statusCode(200).body("value.x", equalTo("https://x.com/zivah"));

        given().contentType(ContentType.JSON).body(body("EUR", versionOf("default-currency")))
                .when().put("/api/catalog/settings/default-currency").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body("ventas2@zivah.com", versionOf("sales-notification-email")))
                .when().put("/api/catalog/settings/sales-notification-email").then().statusCode(200);
        given().when().get("/api/catalog/settings/public").then()
                .body("'default-currency'", equalTo("EUR"))
                .body("$", not(hasKey("sales-notification-email")));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void invalidValuesAreA400NamingValueAndChangeNothing() {
        List<Object[]> cases = List.of(
                new Object[] {"contact-email", "not-an-email"},
                new Object[] {"contact-email", "a@b"},
                new Object[] {"sales-notification-email", "ventas@zivah.com, other@evil.com"},
                new Object[] {"default-currency", "usd"},
                new Object[] {"default-currency", "EURO"},
                new Object[] {"default-currency", "XYZ"},
                new Object[] {"company-name", 42},
                new Object[] {"company-name", " "},
                new Object[] {"company-name", "a".repeat(501)},
                new Object[] {"company-name", "ZIVAH\nBcc: x@evil.com"},
                new Object[] {"company-address", "tab\there"},
                new Object[] {"quote-validity-days", "30"},
                new Object[] {"quote-validity-days", true},
                new Object[] {"show-stock-levels", "true"},
                new Object[] {"show-stock-levels", 1},
                new Object[] {"social-links", "https://x.com/zivah"},
                new Object[] {"social-links", List.of("https://x.com/zivah")},
                new Object[] {"social-links", Map.of("x", "http://x.com/zivah")},
                new Object[] {"social-links", Map.of("x", "javascript:alert(1)")},
                new Object[] {"social-links", Map.of("x", 5)},
                new Object[] {"social-links", Map.of("Bad Name", "https://x.com/zivah")});
        for (Object[] c : cases) {
            String key = (String) c[0];
            long version = versionOf(key);
            String stored = storedValue(key);
            long events = outboxRowsFor(key);
            given().contentType(ContentType.JSON).body(body(c[1], version))
                    .when().put("/api/catalog/settings/" + key)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("value"));
            assertEquals(version, versionOf(key), key + " " + c[1]);
            assertEquals(stored, storedValue(key), key + " " + c[1]);
            assertEquals(events, outboxRowsFor(key), key + " " + c[1]);
        }
        // null and missing values
        given().contentType(ContentType.JSON).body(body(null, versionOf("company-name")))
                .when().put("/api/catalog/settings/company-name")
                .then().statusCode(400).body("errors.field", contains("value"));
        given().contentType(ContentType.JSON).body(Map.of("version", versionOf("company-name")))
                .when().put("/api/catalog/settings/company-name")
                .then().statusCode(400).body("errors.field", contains("value"));
        given().contentType(ContentType.JSON).body(Map.of("value", "ZIVAH"))
                .when().put("/api/catalog/settings/company-name")
                .then().statusCode(400).body("errors.field", contains("version"));
        // a malformed body
        given().contentType(ContentType.JSON).body("{\"value\": ")
                .when().put("/api/catalog/settings/company-name")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void unknownKeyIsA404() {
        given().contentType(ContentType.JSON).body(body("x", 1))
                .when().put("/api/catalog/settings/no-such-setting")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body("x", 1))
                .when().put("/api/catalog/settings/Company_Name")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void anEditBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        long read = versionOf("contact-phone");
        given().contentType(ContentType.JSON).body(body("+34 911 111 111", read))
                .when().put("/api/catalog/settings/contact-phone")
                .then().statusCode(200).body("version", is((int) read + 1));
        long events = outboxRowsFor("contact-phone");
        given().contentType(ContentType.JSON).body(body("+34 922 222 222", read))
                .when().put("/api/catalog/settings/contact-phone")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://zivah.com/problems/conflict"));
        assertEquals(read + 1, versionOf("contact-phone"));
        assertEquals("\"+34 911 111 111\"", storedValue("contact-phone"));
        assertEquals(events, outboxRowsFor("contact-phone"));
    }
}
