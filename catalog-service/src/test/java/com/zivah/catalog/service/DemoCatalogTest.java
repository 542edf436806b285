package com.zivah.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void everyDemoProductHasAGeneratedPrimaryPictureInEverySizeAndFormat() {
        // the products whose images no test has changed yet (ProductImageTest shares this database)
        String untouched = "p.id not in (select cast(entity_id as bigint) from activity_log "
                + "where entity_type = 'product' and action like 'product.image%')";
        long products = db().count("select count(*) from product p where " + untouched);
        assertTrue(products >= 30, "most demo products are untouched: " + products);
        String images = "from product_image i join product p on p.id = i.product_id where " + untouched;
        assertEquals(products, db().count("select count(*) " + images), "one picture each");
        assertEquals(products, db().count("select count(*) " + images + " and i.is_primary and i.sort_order = 0"));
        assertEquals(0, db().count("select count(*) " + images + " and (i.alt_es is null or i.alt_en is null "
                + "or i.width <> 800 or i.height <> 600)"), "drawn at 800x600, with alt texts");
        // the alt texts are the product's names (as loaded: this product is renamed by no test)
        assertEquals(Map.of("alt_es", "Arroz basmati extra largo", "alt_en", "Extra-long basmati rice"),
                db().row("select i.alt_es, i.alt_en from product_image i join product p on p.id = i.product_id "
                        + "where p.sku = 'ZV-GRL-004'"));
        assertEquals(products * 6, db().count("select count(*) from product_image_variant v join product_image i "
                + "on i.id = v.image_id join product p on p.id = i.product_id join image_blob b "
                + "on b.sha256 = v.blob_sha256 where " + untouched + " and b.width = v.width and b.height = v.height "
                + "and octet_length(b.bytes) > 1000"), "every size in WebP and JPEG, stored");
        assertEquals(products, db().count("select count(distinct v.blob_sha256) from product_image_variant v "
                + "join product_image i on i.id = v.image_id join product p on p.id = i.product_id where "
                + untouched + " and v.name = 'large' and v.format = 'webp'"), "a picture of its own per product");
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
