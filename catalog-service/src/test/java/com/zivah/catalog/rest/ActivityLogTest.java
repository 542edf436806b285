package com.zivah.catalog.rest;

import com.zivah.platform.activity.RequestOrigins;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The activity log of staff writes: what a product or setting PUT records, what a refused one does not, the read API. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ActivityLogTest {

    private static final String SKU = "ZV-MAR-002";
    private static final String SETTING = "contact-phone";
    private static final String READER_ACTOR = "activity-reader-fixture";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    @AfterEach
    void removeFixtures() {
        db().execute("delete from activity_log where actor = ?", READER_ACTOR);
    }

    private long entriesFor(String entityType, String entityId) {
        return db().count("select count(*) from activity_log where entity_type = ? and entity_id = ?", entityType,
                entityId);
    }

    private Map<String, Object> latestEntryFor(String entityType, String entityId) {
        return db().rows("select actor, actor_roles, action, old_value::text as old_value, new_value::text as "
                + "new_value, client_ip, user_agent, request_id from activity_log where entity_type = ? and "
                + "entity_id = ? order by id desc limit 1", entityType, entityId).get(0);
    }

    private JsonNode parse(Object text) throws Exception {
        return json.readTree((String) text);
    }

    /** The PUT body of the product as it is now (from the public GET), with {@code changes}. */
    private Map<String, Object> productBody(long id, Map<String, Object> changes) {
        Map<String, Object> view = given().when().get("/api/catalog/products/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("categorySlug", "name", "description", "specs", "unit", "minOrderQuantity",
                "price", "currency", "priceOnRequest", "stockQuantity", "active", "version")) {
            body.put(field, view.get(field));
        }
        if (body.get("price") != null) {
            body.put("price", new BigDecimal(body.get("price").toString()));
        }
        body.putAll(changes);
        return body;
    }

    private Map<String, Object> settingBody(Object value, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", value);
        body.put("version", version);
        return body;
    }

    private long settingVersion() {
        return ((Number) db().row("select version from site_setting where setting_key = ?", SETTING).get("version"))
                .longValue();
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aProductUpdateLeavesOneEntryWithWhoWhatAndWhere() throws Exception {
        long id = db().productId(SKU);
        String entityId = String.valueOf(id);
        long version = db().productVersion(id);
        Map<String, Object> body = productBody(id, Map.of());
        int stock = ((Number) body.get("stockQuantity")).intValue();
        body.put("stockQuantity", stock + 7);
        long before = entriesFor("product", entityId);

        given().contentType(ContentType.JSON).body(body)
                .header("X-Forwarded-For", "10.9.8.7, 198.51.100.23")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("User-Agent", "ZivahAdmin/1.0\t(activity test)")
                .header("X-Request-Id", "activity-product-1")
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(200).body("stockQuantity", is(stock + 7));

        assertEquals(before + 1, entriesFor("product", entityId));
        Map<String, Object> entry = latestEntryFor("product", entityId);
        assertEquals("mara", entry.get("actor"));
        assertEquals("MANAGER", entry.get("actor_roles"));
        assertEquals("product.updated", entry.get("action"));
        assertEquals("203.0.113.7", entry.get("client_ip"));
        assertEquals("ZivahAdmin/1.0(activity test)", entry.get("user_agent"));
        assertEquals("activity-product-1", entry.get("request_id"));
        JsonNode old = parse(entry.get("old_value"));
        JsonNode now = parse(entry.get("new_value"));
        assertEquals(stock, old.get("stockQuantity").asInt());
        assertEquals(stock + 7, now.get("stockQuantity").asInt());
        assertEquals(version, old.get("version").asLong());
        assertEquals(version + 1, now.get("version").asLong());
        assertEquals(SKU, now.get("sku").asText());
        assertEquals(id, now.get("id").asLong());

        // the read API serves the same entry first
        given().when().get("/api/catalog/activity?entityType=product&entityId=" + id)
                .then().statusCode(200)
                .body("items[0].actor", equalTo("mara"))
                .body("items[0].actorRoles", contains("MANAGER"))
                .body("items[0].action", equalTo("product.updated"))
                .body("items[0].entityType", equalTo("product"))
                .body("items[0].entityId", equalTo(entityId))
                .body("items[0].oldValue.stockQuantity", is(stock))
                .body("items[0].newValue.stockQuantity", is(stock + 7))
                .body("items[0].clientIp", equalTo("203.0.113.7"))
                .body("items[0].userAgent", equalTo("ZivahAdmin/1.0(activity test)"))
                .body("items[0].requestId", equalTo("activity-product-1"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"MANAGER", "ADMIN"})
    void aSettingUpdateLeavesOneEntryWithTheValueBeforeAndAfter() throws Exception {
        String old = (String) db().row("select setting_value #>> '{}' as v from site_setting where setting_key = ?",
                SETTING).get("v");
        String changed = old.endsWith("1") ? old.substring(0, old.length() - 1) + "2"
                : old.substring(0, old.length() - 1) + "1";
        long before = entriesFor("setting", SETTING);

        given().contentType(ContentType.JSON).body(settingBody(changed, settingVersion()))
                .header("User-Agent", "ZivahAdmin/2.0")
                .header("X-Request-Id", "activity-setting-1")
                .when().put("/api/catalog/settings/" + SETTING)
                .then().statusCode(200).body("value", equalTo(changed));

        assertEquals(before + 1, entriesFor("setting", SETTING));
        Map<String, Object> entry = latestEntryFor("setting", SETTING);
        assertEquals("ada", entry.get("actor"));
        assertEquals("ADMIN,MANAGER", entry.get("actor_roles"));
        assertEquals("setting.updated", entry.get("action"));
        assertEquals(old, parse(entry.get("old_value")).textValue());
        assertEquals(changed, parse(entry.get("new_value")).textValue());
        // no X-Forwarded-For: the socket peer (the test client on this machine)
        assertEquals("127.0.0.1", entry.get("client_ip"));
        assertEquals("ZivahAdmin/2.0", entry.get("user_agent"));
        assertEquals("activity-setting-1", entry.get("request_id"));

        given().when().get("/api/catalog/activity?entityType=setting&entityId=" + SETTING)
                .then().statusCode(200)
                .body("items[0].actorRoles", contains("ADMIN", "MANAGER"))
                .body("items[0].oldValue", equalTo(old))
                .body("items[0].newValue", equalTo(changed));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void aRefusedWriteLeavesNoEntry() {
        long id = db().productId(SKU);
        String entityId = String.valueOf(id);
        long products = entriesFor("product", entityId);
        long settings = entriesFor("setting", SETTING);

        // 400 by Bean Validation, 400 by the service (unknown category), 409 (stale version)
        given().contentType(ContentType.JSON).body(productBody(id, Map.of("stockQuantity", -1)))
                .when().put("/api/catalog/products/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(productBody(id, Map.of("categorySlug", "no-such-category")))
                .when().put("/api/catalog/products/" + id).then().statusCode(400)
                .body("errors.field", hasItem("categorySlug"));
        long stale = db().productVersion(id) - 1;
        given().contentType(ContentType.JSON).body(productBody(id, Map.of("version", stale)))
                .when().put("/api/catalog/products/" + id).then().statusCode(409);
        given().contentType(ContentType.JSON).body(settingBody("+34\n910", settingVersion()))
                .when().put("/api/catalog/settings/" + SETTING).then().statusCode(400);
        given().contentType(ContentType.JSON).body(settingBody("+34 910 000 009", settingVersion() - 1))
                .when().put("/api/catalog/settings/" + SETTING).then().statusCode(409);

        assertEquals(products, entriesFor("product", entityId));
        assertEquals(settings, entriesFor("setting", SETTING));
    }

    @Test
    @TestSecurity(user = "activity-breaker", roles = "ADMIN")
    void anEntryThatCannotBeWrittenUndoesTheChange() {
        long id = db().productId(SKU);
        long version = db().productVersion(id);
        long events = db().count("select count(*) from outbox_event where event_key = ?", String.valueOf(id));
        db().execute("alter table activity_log add constraint activity_test_refuse_breaker "
                + "check (actor <> 'activity-breaker') not valid");
        try {
            given().contentType(ContentType.JSON).body(productBody(id, Map.of("unit", "t")))
                    .when().put("/api/catalog/products/" + id).then().statusCode(500);
        } finally {
            db().execute("alter table activity_log drop constraint activity_test_refuse_breaker");
        }
        assertEquals(version, db().productVersion(id));
        assertEquals(events, db().count("select count(*) from outbox_event where event_key = ?", String.valueOf(id)));
    }

    private void insertFixture(String entityType, String entityId, String occurredAt) {
        db().execute("insert into activity_log (occurred_at, actor, actor_roles, action, entity_type, entity_id, "
                        + "old_value, new_value, client_ip) values (?::timestamptz, ?, 'MANAGER', ?, ?, ?, "
                        + "'1'::jsonb, '2'::jsonb, '192.0.2.1')", occurredAt, READER_ACTOR, entityType + ".updated",
                entityType, entityId);
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void readsAreFilteredAndPagedNewestFirst() {
        insertFixture("product", "900001", "2026-01-01T10:00:00Z");
        insertFixture("product", "900002", "2026-01-01T11:00:00Z");
        insertFixture("setting", "company-name", "2026-01-01T12:00:00Z");
        insertFixture("product", "900001", "2026-01-01T13:00:00Z");
        insertFixture("product", "900001", "2026-01-01T14:00:00Z");

        given().when().get("/api/catalog/activity?actor=" + READER_ACTOR)
                .then().statusCode(200)
                .body("totalItems", is(5)).body("totalPages", is(1)).body("page", is(0)).body("size", is(20))
                .body("items.occurredAt", contains("2026-01-01T14:00:00Z", "2026-01-01T13:00:00Z",
                        "2026-01-01T12:00:00Z", "2026-01-01T11:00:00Z", "2026-01-01T10:00:00Z"));
        given().when().get("/api/catalog/activity?actor=" + READER_ACTOR + "&entityType=product&entityId=900001")
                .then().statusCode(200).body("totalItems", is(3))
                .body("items.entityId", contains("900001", "900001", "900001"));
        given().when().get("/api/catalog/activity?actor=" + READER_ACTOR + "&entityType=setting")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].entityId", equalTo("company-name"));
        given().when().get("/api/catalog/activity?entityType=product&entityId=900002")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].actor", equalTo(READER_ACTOR));
        given().when().get("/api/catalog/activity?actor=" + READER_ACTOR + "&page=1&size=2")
                .then().statusCode(200)
                .body("totalItems", is(5)).body("totalPages", is(3)).body("page", is(1)).body("size", is(2))
                .body("items.occurredAt", contains("2026-01-01T12:00:00Z", "2026-01-01T11:00:00Z"));
        given().when().get("/api/catalog/activity?actor=" + READER_ACTOR + "&page=9&size=2")
                .then().statusCode(200).body("totalItems", is(5)).body("items.size()", is(0));
        given().when().get("/api/catalog/activity?actor=nobody-wrote-anything")
                .then().statusCode(200).body("totalItems", is(0)).body("items.size()", is(0));
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void readsFilterByActionAndByInclusiveUtcDays() {
        insertFixture("product", "900011", "2026-02-27T23:59:59.999Z");
        insertFixture("setting", "company-name", "2026-02-28T00:00:00Z");
        insertFixture("product", "900012", "2026-03-01T23:59:59.999999Z");
        insertFixture("product", "900013", "2026-03-02T00:00:00Z");
        String mine = "/api/catalog/activity?actor=" + READER_ACTOR;

        given().when().get(mine + "&action=product.updated")
                .then().statusCode(200).body("totalItems", is(3))
                .body("items.entityId", contains("900013", "900012", "900011"));
        given().when().get(mine + "&action=setting.updated")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].entityId", equalTo("company-name"));
        given().when().get(mine + "&action=product.deleted")
                .then().statusCode(200).body("totalItems", is(0));
        // from and to are whole UTC days, both included
        given().when().get(mine + "&from=2026-02-28&to=2026-03-01")
                .then().statusCode(200).body("items.entityId", contains("900012", "company-name"));
        given().when().get(mine + "&from=2026-03-02")
                .then().statusCode(200).body("items.entityId", contains("900013"));
        given().when().get(mine + "&to=2026-02-27")
                .then().statusCode(200).body("items.entityId", contains("900011"));
        given().when().get(mine + "&from=2026-03-01&to=2026-03-01&action=product.updated")
                .then().statusCode(200).body("items.entityId", contains("900012"));
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void badParametersAreA400NamingThem() {
        for (String[] bad : new String[][] {
                {"entityType", "quote"}, {"entityId", "a b"}, {"entityId", "x".repeat(101)},
                {"actor", "x".repeat(101)}, {"actor", "a\u0001b"}, {"actor", "a\u0000b"}, {"page", "-1"},
                {"size", "0"}, {"size", "101"}, {"page", "two"}, {"action", "updated"}, {"action", "Product.Updated"},
                {"action", "product.updated.twice"}, {"action", "a".repeat(45) + ".updated"}, {"from", "yesterday"},
                {"from", "2026-02-30"}, {"to", "2026-13-01"}, {"to", "2026-03-01T00:00:00Z"}}) {
            given().queryParam(bad[0], bad[1]).when().get("/api/catalog/activity")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]));
        }
        given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").when().get("/api/catalog/activity")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/api/catalog/activity").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "carl", roles = "CUSTOMER")
    void nonStaffGet403() {
        given().when().get("/api/catalog/activity").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void adminReads() {
        given().when().get("/api/catalog/activity").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void managerReads() {
        given().when().get("/api/catalog/activity").then().statusCode(200);
    }

    @Test
    void userAgentsAreBoundedAndLoseControlCharacters() {
        assertEquals("a b", RequestOrigins.userAgent(" a\u0000\r\n b\u2028 "));
        assertEquals(RequestOrigins.MAX_USER_AGENT_LENGTH, RequestOrigins.userAgent("u".repeat(5000)).length());
        assertNull(RequestOrigins.userAgent("\u0007"));
        assertNull(RequestOrigins.userAgent(null));
    }

    @Test
    void theOpenApiDocumentDescribesTheActivityLog() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/catalog/activity'.get.parameters.name", hasItem("entityType"))
                .body("paths.'/api/catalog/activity'.get.parameters.name", hasItem("actor"))
                .body("components.schemas.ActivityEntry.properties.oldValue", org.hamcrest.Matchers.notNullValue());
    }
}
