package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.mapping.ProductCsvFormat;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The staff product CSV: export → import is lossless (ES/EN texts, specs), a dry run changes nothing, row errors are
 * all reported with row and column and nothing is applied, a valid file is applied in one transaction with an
 * activity entry and an event per changed row.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductCsvTest {

    private static final String URL = "/api/catalog/admin/products.csv";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    @AfterAll
    void deleteTestProducts() {
        db().execute("delete from product where sku like 'ZX-%'");
    }

    private String export() {
        return given().when().get(URL).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    /** {@code csv} with the cells of the row of {@code sku} replaced by {@code changes}. */
    private static String edited(String csv, String sku, Map<String, String> changes) throws Exception {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(ProductCsvFormat.COLUMNS.toArray(String[]::new)).get())) {
            for (CSVRecord record : records(csv)) {
                List<String> cells = new ArrayList<>();
                for (String column : ProductCsvFormat.COLUMNS) {
                    cells.add(record.get("sku").equals(sku) && changes.containsKey(column) ? changes.get(column)
                            : record.get(column));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    private static String header() {
        return String.join(",", ProductCsvFormat.COLUMNS) + "\r\n";
    }

    private io.restassured.response.ValidatableResponse post(String csv, String dryRun) {
        var request = given().contentType("text/csv; charset=UTF-8").body(csv);
        if (dryRun != null) {
            request = request.queryParam("dryRun", dryRun);
        }
        return request.when().post(URL).then();
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void exportThenImportIsLosslessAndChangesNothing() throws Exception {
        String csv = export();
        List<CSVRecord> rows = records(csv);
        assertEquals(db().count("select count(*) from product"), rows.size(), "every product, withdrawn ones too");
        CSVRecord coffee = rows.stream().filter(r -> r.get("sku").equals("ZV-CAF-001")).findFirst().orElseThrow();
        assertEquals("Café verde arábica grado 1", coffee.get("nameEs"));
        JsonNode specs = json.readTree(coffee.get("specs"));
        assertEquals("Origen", specs.get(0).get("label").get("es").asText());
        assertEquals("Sacos de yute de 70 kg con bolsa GrainPro", specs.get(1).get("value").get("es").asText());
        assertTrue(rows.stream().anyMatch(r -> r.get("active").equals("false")));

        long events = db().count("select count(*) from outbox_event");
        long entries = db().count("select count(*) from activity_log");
        post(csv, "false").statusCode(200)
                .body("dryRun", is(false)).body("rows", is(rows.size()))
                .body("created", is(0)).body("updated", is(0)).body("unchanged", is(rows.size()));
        assertEquals(events, db().count("select count(*) from outbox_event"));
        assertEquals(entries, db().count("select count(*) from activity_log"));
        assertEquals(csv, export(), "a second export is the same file");
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void aDryRunReportsAndChangesNothingThenTheRealRunAppliesEveryRow() throws Exception {
        String csv = export();
        long pepper = db().productId("ZV-ESP-001");
        String pepperVersion = String.valueOf(db().productVersion(pepper));
        String spicy = "[{\"key\":\"origin\",\"label\":{\"es\":\"Origen\",\"en\":\"Origin\"},"
                + "\"value\":{\"es\":\"=España, \\\"Jaén\\\"\",\"en\":\"Spain, line 1\\nline 2\"}}]";
        String changed = edited(csv, "ZV-ESP-001", Map.of("price", "7.25", "nameEn", "  Black pepper, \"TGSEB\"  ",
                "specs", spicy, "version", pepperVersion));
        String withNew = changed + "ZX-NEW-001,,textiles,Camiseta -orgánica-,Organic T-shirt,Camiseta de algodón.,"
                + "Cotton T-shirt.,,unit,100,,USD,true,0,false,\r\n";
        long events = db().count("select count(*) from outbox_event");

        post(withNew, null).statusCode(200).body("dryRun", is(true))
                .body("created", is(1)).body("updated", is(1));
        assertEquals(events, db().count("select count(*) from outbox_event"), "a dry run publishes nothing");
        assertEquals(0, db().count("select count(*) from product where sku = 'ZX-NEW-001'"));

        post(withNew, "false").statusCode(200).body("created", is(1)).body("updated", is(1));
        assertEquals(events + 2, db().count("select count(*) from outbox_event"));
        given().when().get("/api/catalog/admin/products/" + pepper).then().statusCode(200)
                .body("price", is(7.25f))
                .body("name.en", equalTo("Black pepper, \"TGSEB\""))
                .body("specs[0].value.es", equalTo("=España, \"Jaén\""))
                .body("specs[0].value.en", equalTo("Spain, line 1\nline 2"));
        Map<String, Object> created = db().row("select id, slug, active, price_on_request from product "
                + "where sku = 'ZX-NEW-001'");
        assertEquals("camiseta-organica", created.get("slug"));
        assertEquals(false, created.get("active"));
        assertEquals("product.created", db().row("select action from activity_log where entity_id = ? "
                + "order by id desc limit 1", created.get("id").toString()).get("action"));
        String event = (String) db().row("select payload from outbox_event where event_key = ? and topic = ? "
                + "order by created_at desc limit 1", String.valueOf(pepper), ProductChanged.TOPIC).get("payload");
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, event);
        assertEquals(ProductChanged.PRICE_CHANGED, json.readTree(event).get("type").asText());

        // formula-looking texts are exported with one leading quote, and read back without it
        String again = export();
        CSVRecord exported = records(again).stream().filter(r -> r.get("sku").equals("ZX-NEW-001")).findFirst()
                .orElseThrow();
        assertEquals("Camiseta -orgánica-", exported.get("nameEs"));
        post(again, "false").statusCode(200).body("updated", is(0)).body("created", is(0));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void everyRowErrorIsReportedWithRowAndColumnAndNothingChanges() throws Exception {
        String csv = export();
        long events = db().count("select count(*) from outbox_event");
        String version = String.valueOf(db().productVersion(db().productId("ZV-ESP-002")));
        String stale = edited(csv, "ZV-ESP-002", Map.of("version", "1" + version, "price", "1.00"));
        String broken = edited(stale, "ZV-ESP-003", Map.of("price", "cheap", "stockQuantity", "-5",
                "categorySlug", "nope", "specs", "{not json"));
        String bad = broken
                + "ZX-BAD-001,,especias,,Nameless,Desc,Desc,,barrel,0,,USD,false,1,true,3\r\n"
                + "ZV-CAF-001,,especias,Repetido,Repeated,Desc,Desc,,kg,1,1.00,USD,false,1,true,1\r\n"
                + "ZX-BAD-002,too,few\r\n";
        List<CSVRecord> rows = records(csv);
        int esp2 = rowNumber(rows, "ZV-ESP-002");
        int esp3 = rowNumber(rows, "ZV-ESP-003");
        int first = rows.size() + 2;
        post(bad, "false").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"))
                .body("errors.field", hasItem("rows[" + esp2 + "].version"))
                .body("errors.field", hasItem("rows[" + esp3 + "].price"))
                .body("errors.field", hasItem("rows[" + esp3 + "].stockQuantity"))
                .body("errors.field", hasItem("rows[" + esp3 + "].specs"))
                .body("errors.field", hasItem("rows[" + esp3 + "].categorySlug"))
                .body("errors.field", hasItem("rows[" + first + "].nameEs"))
                .body("errors.field", hasItem("rows[" + first + "].unit"))
                .body("errors.field", hasItem("rows[" + first + "].minOrderQuantity"))
                .body("errors.field", hasItem("rows[" + first + "].version"))
                .body("errors.field", hasItem("rows[" + (first + 1) + "].sku"))
                .body("errors.field", hasItem("rows[" + (first + 2) + "].row"));
        assertEquals(events, db().count("select count(*) from outbox_event"));
        assertEquals(0, db().count("select count(*) from product where sku like 'ZX-BAD-%'"));

        post("sku,name\r\nX,Y\r\n", "true").statusCode(400).body("errors.field", containsInAnyOrder("header"));
        post("", "true").statusCode(400).body("errors.field", containsInAnyOrder("body"));
        post(header() + "\"unterminated,", "true").statusCode(400).body("errors.field", containsInAnyOrder("body"));
        post(csv, "perhaps").statusCode(400).body("errors.field", containsInAnyOrder("dryRun"));
    }

    private static int rowNumber(List<CSVRecord> rows, String sku) {
        return (int) rows.stream().filter(r -> r.get("sku").equals(sku)).findFirst().orElseThrow()
                .getRecordNumber() + 1;
    }

    @Test
    @TestSecurity(user = "vic", roles = "VIEWER")
    void aViewerExportsButCannotImport() {
        String csv = export();
        post(csv, "true").statusCode(403);
    }

    @Test
    void anonymousCallersCanNeitherExportNorImport() {
        given().when().get(URL).then().statusCode(401);
        given().contentType("text/csv").body(header()).when().post(URL).then().statusCode(401);
    }
}
