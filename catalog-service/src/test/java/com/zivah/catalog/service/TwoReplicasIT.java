package com.zivah.catalog.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PackagedService;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of catalog-service on one database: this test's application (replica A) and the packaged service
 * started as a second process (replica B, {@code target/quarkus-app}; hence a failsafe test, after {@code package}).
 * A change made through A, or by SQL behind both, is served by B within 1 s although B had it cached.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the cut comes last: B's reconnection drops its whole cache
class TwoReplicasIT {

    private static final Duration FRESH_WITHIN = Duration.ofSeconds(1);
    private static final Pattern HITS = Pattern.compile(
            "cache_gets_total\\{cache=\"catalog-public-reads\",[^}]*result=\"hit\"[^}]*} ([0-9.E]+)");

    private static PackagedService replicaB;
    private static int portB;
    private static int managementPortB;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startReplicaB() {
        replicaB = PackagedService.start("replica-b", "CATALOG_DB_PASSWORD", Map.of("ZIVAH_CATALOG_DEMO_DATA", "false"));
        portB = replicaB.port();
        managementPortB = replicaB.managementPort();
        replicaB.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopReplicaB() throws InterruptedException {
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @Test
    @Order(1)
    @TestSecurity(user = "ada", roles = "ADMIN")
    void aSettingChangedThroughReplicaAIsServedByReplicaBWithinOneSecond() throws Exception {
        String before = publicSettingsOnB().getString("'company-name'");
        double hitsBefore = cacheHitsOnB();
        assertEquals(before, publicSettingsOnB().getString("'company-name'"));
        assertTrue(cacheHitsOnB() > hitsBefore, "B answered the second read from its cache");

        long version = ((Number) db().row("select version from site_setting where setting_key = 'company-name'")
                .get("version")).longValue();
        String renamed = "ZIVAH International " + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("value", renamed, "version", version))
                .when().put("/api/catalog/settings/company-name")
                .then().statusCode(200);

        assertFreshWithin(() -> publicSettingsOnB().getString("'company-name'"), renamed::equals);
    }

    @Test
    @Order(2)
    void aProductChangedBySqlIsServedByBothReplicasWithinOneSecond() throws Exception {
        long id = db().productId("ZV-ESP-002");
        String slug = (String) db().row("select slug from product where id = ?", id).get("slug");
        int stock = productOnB(slug).getInt("stockQuantity");
        productOnB(slug);
        listOnB();

        int newStock = stock + 17;
        db().execute("update product set stock_quantity = ? where id = ?", newStock, id);

        assertFreshWithin(() -> productOnB(slug).getInt("stockQuantity"), s -> s == newStock);
        assertFreshWithin(() -> stockInListOnB(id), s -> s == newStock);
        assertFreshWithin(() -> given().get("/api/catalog/products/" + slug).jsonPath().getInt("stockQuantity"),
                s -> s == newStock);
    }

    @Test
    @Order(3)
    void replicaBStaysFreshWhenItsNotificationConnectionIsCut() throws Exception {
        long id = db().productId("ZV-ESP-003");
        String slug = (String) db().row("select slug from product where id = ?", id).get("slug");
        int stock = productOnB(slug).getInt("stockQuantity");
        productOnB(slug);

        // the listener's backend is killed: B may miss the next notification, so it must stop trusting its cache
        long cut = db().count("select count(*) filter (where pg_terminate_backend(pid)) from (select pid"
                + " from pg_stat_activity where application_name = 'catalog-change-listener' offset 0) listeners");
        assertEquals(2, cut, "the listeners of A and B were cut");
        int newStock = stock + 23;
        db().execute("update product set stock_quantity = ? where id = ?", newStock, id);

        assertFreshWithin(() -> productOnB(slug).getInt("stockQuantity"), s -> s == newStock);
    }

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    private static <T> void assertFreshWithin(Supplier<T> read, Predicate<T> fresh) throws InterruptedException {
        long start = System.nanoTime();
        T last = read.get();
        while (!fresh.test(last)) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(FRESH_WITHIN) > 0) {
                throw new AssertionError("still " + last + " after " + waited.toMillis() + " ms");
            }
            Thread.sleep(10);
            last = read.get();
        }
    }

    private static JsonPath publicSettingsOnB() {
        return given().port(portB).get("/api/catalog/settings/public").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath productOnB(String slug) {
        return given().port(portB).get("/api/catalog/products/" + slug).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath listOnB() {
        return given().port(portB).queryParam("category", "especias").queryParam("size", 100)
                .get("/api/catalog/products").then().statusCode(200).extract().jsonPath();
    }

    private static int stockInListOnB(long id) {
        return listOnB().getInt("items.find { it.id == " + id + " }.stockQuantity");
    }

    private static double cacheHitsOnB() {
        String metrics = given().port(managementPortB).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher hits = HITS.matcher(metrics);
        assertTrue(hits.find(), "B exposes its cache hits");
        return Double.parseDouble(hits.group(1));
    }
}
