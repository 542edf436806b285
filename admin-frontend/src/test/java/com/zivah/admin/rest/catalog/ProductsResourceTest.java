package com.zivah.admin.rest.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.zivah.admin.support.Fake;
import com.zivah.admin.support.FakeUpstreamsResource;
import com.zivah.admin.support.StaffForms;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The product pages, catalog-service answered from the committed contract (admin-frontend-catalog-service.json). */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class ProductsResourceTest {

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aManagerSeesTheListWithPagingAndTheActions() {
        given().get("/admin/catalog/products").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(containsString("href=\"/admin/catalog/products/1\">ZV-CAF-001</a>"),
                        containsString("Café verde arábica grado 1"), containsString("24 resultados"),
                        containsString("Página 1 de 2"), containsString("href=\"/admin/catalog/products?page=2\""),
                        containsString("href=\"/admin/catalog/products/new\""),
                        containsString("href=\"/admin/catalog/products.csv\""),
                        containsString("aria-current=\"page\""),
                        // the stock (an int) grouped the Spanish way, not Qute's NOT_FOUND nor a bare 12000
                        containsString("<td class=\"num\">12.000</td>"), not(containsString("NOT_FOUND"))));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void theEditFormHasEveryFieldInBothLanguagesTheSpecRowsAndTheImages() {
        given().queryParam("lang", "en").get("/admin/catalog/products/1").then().statusCode(200)
                .body(allOf(containsString("name=\"nameEs\""), containsString("value=\"Green arabica coffee grade 1\""),
                        containsString("High-grown beans.</textarea>"), containsString("name=\"specLabelEn\""),
                        containsString("value=\"Origin\""), containsString("name=\"version\" value=\"1\""),
                        containsString("enctype=\"multipart/form-data\""), containsString("type=\"file\""),
                        containsString("<progress"), containsString("action=\"/admin/catalog/products/1/stock\""),
                        containsString("href=\"/admin/catalog/products/1/delete\""), containsString("Withdraw from sale")));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void catalogServicesRefusalIsShownNextToTheFieldWithTheValuesAsTyped() {
        StaffForms.post("/admin/catalog/products/new")
                .formParam("sku", "ZV-NEW-001").formParam("slug", "").formParam("categorySlug", "cafe-cacao")
                .formParam("nameEs", "Producto nuevo").formParam("nameEn", "")
                .formParam("descriptionEs", "Descripción").formParam("descriptionEn", "Description")
                .formParam("unit", "kg").formParam("minOrderQuantity", "1").formParam("price", "")
                .formParam("currency", "USD").formParam("priceOnRequest", "true").formParam("stockQuantity", "0")
                .formParam("active", "true")
                .post("/admin/catalog/products")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"nameEn-error\">no puede estar vacío"),
                        containsString("aria-invalid=\"true\""), containsString("value=\"Producto nuevo\""),
                        containsString("Revise los campos marcados")));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aNumberThatIsNotANumberNeverReachesTheCatalog() {
        StaffForms.post("/admin/catalog/products/new")
                .formParam("sku", "ZV-NEW-002").formParam("categorySlug", "cafe-cacao")
                .formParam("nameEs", "X").formParam("nameEn", "X").formParam("descriptionEs", "X")
                .formParam("descriptionEn", "X").formParam("unit", "kg").formParam("minOrderQuantity", "mil")
                .formParam("price", "4.85.1").formParam("currency", "USD").formParam("stockQuantity", "0")
                .post("/admin/catalog/products")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"minOrderQuantity-error\">debe ser un número entero"),
                        containsString("id=\"price-error\">debe ser un número como 12,50")));
        assertEquals("GET", Fake.last(Fake.CATALOG).method(), "no write reached catalog-service");
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aStaleEditShowsTheCurrentProductWithAMessage() {
        StaffForms.post("/admin/catalog/products/1")
                .formParam("version", "1").formParam("categorySlug", "cafe-cacao")
                .formParam("nameEs", "Café verde arábica grado 1").formParam("nameEn", "Green arabica coffee grade 1")
                .formParam("descriptionEs", "Granos de altura.").formParam("descriptionEn", "High-grown beans.")
                .formParam("unit", "kg").formParam("minOrderQuantity", "500").formParam("price", "4.85")
                .formParam("currency", "USD").formParam("stockQuantity", "12000").formParam("active", "true")
                .post("/admin/catalog/products/1")
                .then().statusCode(409)
                .body(allOf(containsString("Alguien cambió esto mientras lo editaba"),
                        containsString("value=\"Café verde arábica grado 1\"")));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void specRowsAreAddedMovedAndRemovedWithoutSaving() {
        String page = StaffForms.post("/admin/catalog/products/new")
                .formParam("sku", "ZV-NEW-003").formParam("nameEs", "Nuevo")
                .formParam("specKey", "origin").formParam("specLabelEs", "Origen").formParam("specLabelEn", "Origin")
                .formParam("specValueEs", "Perú").formParam("specValueEn", "Peru")
                .formParam("specKey", "grade").formParam("specLabelEs", "Grado").formParam("specLabelEn", "Grade")
                .formParam("specValueEs", "1").formParam("specValueEn", "1")
                .formParam("specAction", "up-1")
                .post("/admin/catalog/products")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("value=\"grade\"") < page.indexOf("value=\"origin\""),
                "row 2 moved up");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("value=\"ZV-NEW-003\""), "the typed values stay");
        assertEquals("GET", Fake.last(Fake.CATALOG).method(), "nothing saved");
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void aViewerReadsButSeesNoInputAndAForgedWriteIsRefused() {
        given().get("/admin/catalog/products").then().statusCode(200)
                .body(allOf(containsString("ZV-CAF-001"), not(containsString("/admin/catalog/products/new")),
                        not(containsString("/admin/catalog/products/import"))));
        given().get("/admin/catalog/products/1").then().statusCode(200)
                .body(allOf(containsString("Su rol solo permite consultar"), containsString("Green arabica coffee grade 1"),
                        not(containsString("name=\"nameEs\"")), not(containsString("type=\"file\"")),
                        not(containsString("/admin/catalog/products/1/stock")),
                        not(containsString("/admin/catalog/products/1/delete"))));
        // refused by @RolesAllowed (a 403; admin-core's error page cannot yet render it for a staff member: see report)
        given().get("/admin/catalog/products/new").then().statusCode(greaterThanOrEqualTo(400))
                .body(not(containsString("name=\"sku\"")));
        StaffForms.post("/admin/catalog/products").formParam("stockQuantity", "1").formParam("version", "1")
                .post("/admin/catalog/products/1/stock")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(600)));
        assertEquals("GET", Fake.last(Fake.CATALOG).method(), "no write reached catalog-service");
    }
}
