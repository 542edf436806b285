package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.image.ImagePipeline;
import com.zivah.catalog.image.TestImages;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Product images over HTTP on real PostgreSQL: upload, serving, refusals (nothing stored), order, primary, delete. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ProductImageTest {

    @Inject
    DataSource dataSource;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    private static String images(long productId) {
        return "/api/catalog/products/" + productId + "/images";
    }

    private static RequestSpecification file(String name, byte[] bytes, String type) {
        return given().multiPart("file", name, bytes, type);
    }

    /** Everything an upload could leave behind, to compare before and after a refused one. */
    private List<Long> footprint(long productId) {
        return List.of(db().count("select count(*) from product_image"),
                db().count("select count(*) from product_image_variant"),
                db().count("select count(*) from image_blob"),
                db().count("select count(*) from outbox_event"),
                db().count("select count(*) from activity_log"),
                db().productVersion(productId));
    }

    private long eventsAt(long productId, long version) {
        return db().count("select count(*) from outbox_event where event_key = ? and payload::jsonb ->> 'version' = ?",
                String.valueOf(productId), String.valueOf(version));
    }

    private Map<String, Object> latestEntry(long productId) {
        return db().rows("select actor, action, old_value::text as old_value, new_value::text as new_value "
                + "from activity_log where entity_type = 'product' and entity_id = ? order by id desc limit 1",
                String.valueOf(productId)).get(0);
    }

    private static byte[] bytesAt(String url) {
        return given().when().get(url).then().statusCode(200).extract().asByteArray();
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aPhotoWithGpsIsStoredAsCleanVariantsAndPublishedAsAProductChange() {
        long id = db().productId("ZV-TEX-001");
        long version = db().productVersion(id);
        byte[] photo = TestImages.jpegWithExif(2000, 1500, 1);

        JsonPath product = file("holiday.jpg", photo, "image/jpeg")
                .multiPart("altEs", "Rollo de lino natural")
                .multiPart("altEn", "Roll of natural linen")
                .multiPart("version", String.valueOf(version))
                .when().post(images(id))
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("version", is((int) version + 1))
                .body("images", hasSize(2))
                .extract().jsonPath();

        // the demo picture stays primary; the upload comes second
        assertEquals(true, product.getBoolean("images[0].primary"));
        assertEquals(false, product.getBoolean("images[1].primary"));
        assertEquals("Rollo de lino natural", product.getString("images[1].alt.es"));
        assertEquals("Roll of natural linen", product.getString("images[1].alt.en"));
        assertEquals(2000, product.getInt("images[1].width"));
        assertEquals(1500, product.getInt("images[1].height"));
        List<Map<String, Object>> variants = product.getList("images[1].variants");
        assertEquals(List.of("thumbnail webp 320x240", "thumbnail jpeg 320x240", "card webp 640x480",
                        "card jpeg 640x480", "large webp 1600x1200", "large jpeg 1600x1200"),
                variants.stream().map(v -> v.get("name") + " " + v.get("format") + " " + v.get("width") + "x"
                        + v.get("height")).toList());
        for (Map<String, Object> variant : variants) {
            String url = (String) variant.get("url");
            assertTrue(url.matches("/api/catalog/images/[0-9a-f]{64}\\.(webp|jpg)"), url);
            Response served = given().when().get(url);
            served.then().statusCode(200)
                    .header("Content-Type", "webp".equals(variant.get("format")) ? "image/webp" : "image/jpeg");
            byte[] bytes = served.asByteArray();
            assertEquals(url.substring(20, 84), ImagePipeline.sha256(bytes), "named by the hash of its bytes");
            BufferedImage decoded = TestImages.decode(bytes);
            assertEquals(variant.get("width"), decoded.getWidth());
            assertEquals(variant.get("height"), decoded.getHeight());
            assertFalse(TestImages.contains(bytes, TestImages.GPS_MARKER), "no GPS in " + url);
            assertFalse(TestImages.contains(bytes, "Exif"), "no EXIF in " + url);
        }

        // the public read shows it too, and the change is version + 1 with its event and its activity entry
        given().when().get("/api/catalog/products/" + id).then().statusCode(200)
                .body("images", hasSize(2)).body("images[1].variants", hasSize(6));
        assertEquals(version + 1, db().productVersion(id));
        assertEquals(1, eventsAt(id, version + 1));
        Map<String, Object> entry = latestEntry(id);
        assertEquals("mara", entry.get("actor"));
        assertEquals("product.image-added", entry.get("action"));
        assertTrue(((String) entry.get("new_value")).contains("Roll of natural linen"));
        assertFalse(((String) entry.get("old_value")).contains("Roll of natural linen"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void theTypeComesFromTheContentAndTransparencyKeepsAPngFallback() {
        long id = db().productId("ZV-TEX-002");
        // a PNG sent under a JPEG name and a text type: it is a PNG
        JsonPath product = file("notes.txt", TestImages.transparentPng(800, 400), "text/plain")
                .when().post(images(id))
                .then().statusCode(201).extract().jsonPath();

        assertEquals(List.of("webp", "png", "webp", "png", "webp", "png"), product.getList("images[1].variants.format"));
        String png = product.getString("images[1].variants[1].url");
        assertTrue(png.endsWith(".png"));
        BufferedImage decoded = TestImages.decode(bytesAt(png));
        assertEquals(0, decoded.getRGB(5, decoded.getHeight() / 2) >>> 24, "transparent left half");
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void anUploadMayBeFarLargerThanAJsonBody() {
        long id = db().productId("ZV-GRL-005");
        byte[] photo = TestImages.noisePng(800, 800);
        assertTrue(photo.length > 1024 * 1024, "over the 256K of JSON bodies: " + photo.length);

        file("noise.png", photo, "image/png").when().post(images(id))
                .then().statusCode(201).body("images[1].width", is(800)).body("images[1].variants", hasSize(6));
    }

    @Test
    void filesAreServedImmutableWithTheirHashAsStrongETag() {
        long id = db().productId("ZV-TEX-003");
        String url = given().when().get("/api/catalog/products/" + id).then().statusCode(200)
                .extract().jsonPath().getString("images[0].variants[0].url");
        String sha = url.substring(20, 84);

        byte[] first = given().when().get(url).then().statusCode(200)
                .header("ETag", "\"" + sha + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Type", "image/webp")
                .extract().asByteArray();
        assertArrayEquals(first, bytesAt(url), "the same bytes again (from the cache)");

        given().header("If-None-Match", "\"" + sha + "\"").when().get(url)
                .then().statusCode(304).header("ETag", "\"" + sha + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().header("If-None-Match", "\"other\", W/\"" + sha + "\"").when().get(url).then().statusCode(304);
        given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").when().get(url).then().statusCode(200);

        // unknown hash, or a known hash under another format's extension: 404 problem
        given().when().get("/api/catalog/images/" + "0".repeat(64) + ".webp")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/catalog/images/" + sha + ".png")
                .then().statusCode(404).contentType("application/problem+json");
        // malformed names: 400 problem naming the name
        for (String name : List.of("abc.webp", sha.toUpperCase() + ".webp", sha + ".gif", sha + ".webp.exe", sha)) {
            given().when().get("/api/catalog/images/" + name)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name"));
        }
    }

    @Test
    @TestSecurity(user = "vic", roles = "VIEWER")
    void viewerMayNotChangeImages() {
        long id = db().productId("ZV-TEX-004");
        List<Long> before = footprint(id);
        file("a.png", TestImages.png(100, 100), "image/png").when().post(images(id))
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("imageIds", List.of(1))).when().put(images(id) + "/order")
                .then().statusCode(403);
        given().when().delete(images(id) + "/1").then().statusCode(403);
        assertEquals(before, footprint(id));
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        long id = db().productId("ZV-TEX-004");
        file("a.png", TestImages.png(100, 100), "image/png").when().post(images(id)).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("imageIds", List.of(1))).when().put(images(id) + "/order")
                .then().statusCode(401);
        given().when().delete(images(id) + "/1").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void unacceptableFilesAreRefusedNamingTheFileAndNothingIsKept() {
        long id = db().productId("ZV-ACE-001");
        byte[] jpeg = TestImages.jpeg(640, 480);
        byte[] zip = TestImages.zipWith("run.sh", "#!/bin/sh\nrm -rf /\n");
        Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
        refused.put("text", "just some text, not a picture".getBytes(StandardCharsets.UTF_8));
        refused.put("script named .png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        refused.put("truncated", TestImages.slice(jpeg, 0, jpeg.length / 2));
        byte[] corrupt = TestImages.png(300, 200);
        corrupt[corrupt.length / 2] ^= 0x5A;
        refused.put("corrupt", corrupt);
        refused.put("jpeg + zip", TestImages.concat(jpeg, zip));
        refused.put("jpeg + html", TestImages.concat(jpeg, "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)));
        refused.put("script in a comment", TestImages.jpegWithComment(200, 100, "<script src=//evil></script>"));
        refused.put("bomb", TestImages.pngDeclaring(100_000, 100_000));
        List<Long> before = footprint(id);

        refused.forEach((what, bytes) -> file("photo.png", bytes, "image/png").when().post(images(id))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")));

        assertEquals(before, footprint(id), "no image, variant, blob, event, entry or version");
        // a missing file part is named too
        given().multiPart("altEs", "sin archivo").when().post(images(id))
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        assertEquals(before, footprint(id));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aFileOverTheLimitIs413NamingTheFile() {
        long id = db().productId("ZV-ACE-001");
        List<Long> before = footprint(id);
        byte[] justOver = new byte[10 * 1024 * 1024 + 1]; // over 10M, within the multipart envelope allowance
        new Random(7).nextBytes(justOver);
        file("big.jpg", justOver, "image/jpeg").when().post(images(id))
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", is(413)).body("errors[0].field", equalTo("file"));
        byte[] farOver = new byte[10 * 1024 * 1024 + 200 * 1024]; // refused from Content-Length, body never read
        file("bigger.jpg", farOver, "image/jpeg").header("Accept-Language", "es").when().post(images(id))
                .then().statusCode(413).contentType("application/problem+json").header("Content-Language", "es")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("debe tener como máximo 10485760 bytes"));
        assertEquals(before, footprint(id));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void imagesAreOrderedTheFirstIsPrimaryAndDeletingThePrimaryPromotesTheNext() {
        long id = db().productId("ZV-ACE-002");
        long demo = given().when().get("/api/catalog/products/" + id).then().extract().jsonPath()
                .getLong("images[0].id");
        long second = file("b.jpg", TestImages.jpeg(700, 500), "image/jpeg").when().post(images(id))
                .then().statusCode(201).extract().jsonPath().getLong("images[1].id");
        long third = file("c.png", TestImages.png(500, 700), "image/png").when().post(images(id))
                .then().statusCode(201).extract().jsonPath().getLong("images[2].id");
        long version = db().productVersion(id);

        // not a permutation of the product's images: 400 naming imageIds, nothing changes
        for (List<Long> wrong : List.of(List.of(third, demo), List.of(third, demo, demo), List.of(third, demo, 999999L))) {
            given().contentType(ContentType.JSON).body(Map.of("imageIds", wrong)).when().put(images(id) + "/order")
                    .then().statusCode(400).body("errors[0].field", equalTo("imageIds"));
        }
        // based on an older version: 409
        given().contentType(ContentType.JSON).body(Map.of("imageIds", List.of(third, demo, second), "version",
                        version - 1)).when().put(images(id) + "/order")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(version, db().productVersion(id));

        given().contentType(ContentType.JSON).body(Map.of("imageIds", List.of(third, demo, second), "version", version))
                .when().put(images(id) + "/order")
                .then().statusCode(200)
                .body("version", is((int) version + 1))
                .body("images.id", equalTo(List.of((int) third, (int) demo, (int) second)))
                .body("images.primary", equalTo(List.of(true, false, false)));
        assertEquals(1, eventsAt(id, version + 1));
        assertEquals("product.images-reordered", latestEntry(id).get("action"));
        assertEquals(1, db().count("select count(*) from product_image where product_id = ? and is_primary", id));

        // deleting the primary: the next one becomes primary; its bytes go (no other image uses them)
        List<String> thirdBlobs = db().rows("select blob_sha256 from product_image_variant where image_id = ? "
                + "order by format desc", third) // webp first
                .stream().map(r -> (String) r.get("blob_sha256")).toList();
        given().when().get("/api/catalog/images/" + thirdBlobs.get(0) + ".webp").then().statusCode(200); // cached
        given().when().delete(images(id) + "/" + third + "?version=" + (version + 1))
                .then().statusCode(200)
                .body("version", is((int) version + 2))
                .body("images.id", equalTo(List.of((int) demo, (int) second)))
                .body("images.primary", equalTo(List.of(true, false)));
        assertEquals(1, eventsAt(id, version + 2));
        assertEquals("product.image-removed", latestEntry(id).get("action"));
        assertEquals(0, db().count("select count(*) from image_blob where sha256 = any(?)",
                (Object) thirdBlobs.toArray(new String[0])));
        given().when().get("/api/catalog/images/" + thirdBlobs.get(0) + ".webp").then().statusCode(404);

        // an image of another product, or gone: 404; a stale version: 409
        long other = given().when().get("/api/catalog/products/" + db().productId("ZV-ACE-003")).then().extract()
                .jsonPath().getLong("images[0].id");
        given().when().delete(images(id) + "/" + other).then().statusCode(404);
        given().when().delete(images(id) + "/" + third).then().statusCode(404);
        given().when().delete(images(id) + "/" + second + "?version=1").then().statusCode(409);
        given().when().delete(images(id) + "/" + second + "?version=x").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));

        // down to none and back: the first upload of an empty product becomes primary
        given().when().delete(images(id) + "/" + second).then().statusCode(200).body("images", hasSize(1));
        given().when().delete(images(id) + "/" + demo).then().statusCode(200).body("images", hasSize(0));
        file("d.jpg", TestImages.jpeg(400, 300), "image/jpeg").when().post(images(id))
                .then().statusCode(201).body("images", hasSize(1)).body("images[0].primary", is(true));
        given().multiPart("altEs", "x").when().post(images(999_999)).then().statusCode(400); // no file: checked first
        file("e.jpg", TestImages.jpeg(40, 30), "image/jpeg").when().post(images(999_999)).then().statusCode(404);
    }
}
