package com.zivah.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.repository.CategoryRepository;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class DemoCatalogTest {

    @Inject
    DemoCatalog demoCatalog;

    @Inject
    DataSource dataSource;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    @Test
    void theDemoCatalogIsLoadedOnceAtStartupAsVersionOneOfEveryProduct() {
        assertEquals(7, db().count("select count(*) from category"));
        assertEquals(39, db().count("select count(*) from product"));
        // as loaded (other tests edit products later): the first version of each, as its event says
        // (the demo SKUs start with ZV-; other tests' products with other prefixes, categories are another topic)
        String firstVersions = "select count(*) from outbox_event where topic = 'zivah.catalog.product.v1' and "
                + "payload::jsonb ->> 'sku' like 'ZV-%' and payload::jsonb ->> 'version' = '1' and ";
        assertEquals(39, db().count(firstVersions + "true"));
        assertEquals(39, db().count(firstVersions + "payload::jsonb ->> 'type' = 'ProductCreated'"));
        assertEquals(7, db().count("select count(*) from outbox_event where topic = 'zivah.catalog.category.v1' "
                + "and payload::jsonb ->> 'type' = 'CategoryCreated' and payload::jsonb ->> 'version' = '1' "
                + "and payload::jsonb ->> 'slug' in ('cafe-cacao', 'especias', 'frutos-secos', 'granos-legumbres', "
                + "'aceites-vegetales', 'pescados-mariscos', 'textiles')"));
        assertEquals(1, db().count(firstVersions + "payload::jsonb ->> 'active' = 'false'"));
        assertEquals(8, db().count(firstVersions + "payload::jsonb ->> 'priceOnRequest' = 'true' "
                + "and payload::jsonb -> 'price' = 'null'::jsonb"));
        Map<String, Object> first = db().row("select p.sku, c.slug, p.version from product p "
                + "join category c on c.id = p.category_id where p.id = (select min(id) from product)");
        assertEquals("ZV-CAF-001", first.get("sku"), "ids follow the category order, then the SKU");
        assertEquals("cafe-cacao", first.get("slug"));
        long outbox = db().count("select count(*) from outbox_event");

        assertFalse(demoCatalog.loadIfEmpty(), "a catalog with categories is left alone");

        assertEquals(7, db().count("select count(*) from category"));
        assertEquals(39, db().count("select count(*) from product"));
        assertEquals(outbox, db().count("select count(*) from outbox_event"), "no second set of events");
    }

    @Test
    void aSecondReplicaWaitsForTheSetUpLockBeforeLookingAtTheCatalog() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CategoryRepository.SETUP_LOCK);
                lock.execute();
            }
            // another replica is setting up the catalog: this one must wait for it, not count categories now
            CompletableFuture<Boolean> loading = CompletableFuture.supplyAsync(demoCatalog::loadIfEmpty);
            assertThrows(TimeoutException.class, () -> loading.get(2, TimeUnit.SECONDS), "waits for the lock");

            other.rollback(); // the other replica's transaction ends: the lock is released
            assertFalse(loading.get(20, TimeUnit.SECONDS), "then finds the catalog and loads nothing");
        }
    }
}
