package com.zivah.admin.service.catalog;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.zivah.admin.client.catalog.CatalogStaffClient;
import com.zivah.admin.client.catalog.CategoryOrder;
import com.zivah.admin.client.catalog.CategoryWrite;
import com.zivah.admin.client.catalog.CsvImportReport;
import com.zivah.admin.client.catalog.ImageOrder;
import com.zivah.admin.client.catalog.ProductWrite;
import com.zivah.admin.client.catalog.SettingWrite;
import com.zivah.admin.client.catalog.SiteSetting;
import com.zivah.admin.client.catalog.StaffCategory;
import com.zivah.admin.client.catalog.StaffProduct;
import com.zivah.admin.client.catalog.StockWrite;
import com.zivah.admin.client.catalog.VersionBody;
import com.zivah.admin.client.Page;
import com.zivah.admin.service.Upstream;

/**
 * The admin's catalog, settings included: every call goes to catalog-service's staff API with the staff member's
 * token (catalog-service owns the rules, the versions and the roles); every call through {@link Upstream}
 * (a refusal is a {@code RefusedException} with catalog-service's field errors).
 */
@ApplicationScoped
public class CatalogAdminService {

    static final String SERVICE = "catalog-service";
    public static final int PAGE_SIZE = 20;

    private final CatalogStaffClient catalog;
    private final Upstream upstream;

    public CatalogAdminService(@RestClient CatalogStaffClient catalog, Upstream upstream) {
        this.catalog = catalog;
        this.upstream = upstream;
    }

    public Page<StaffProduct> products(int page, String category, String active, String q) {
        return upstream.call(SERVICE, () -> catalog.products(page, PAGE_SIZE, blankToNull(category), blankToNull(active),
                blankToNull(q)));
    }

    public StaffProduct product(long id) {
        return upstream.call(SERVICE, () -> catalog.product(id));
    }

    public StaffProduct create(ProductWrite product) {
        return upstream.call(SERVICE, () -> catalog.create(product));
    }

    public StaffProduct update(long id, ProductWrite product) {
        return upstream.call(SERVICE, () -> catalog.update(id, product));
    }

    public StaffProduct updateStock(long id, int stock, long version) {
        return upstream.call(SERVICE, () -> catalog.updateStock(id, new StockWrite(stock, version)));
    }

    public StaffProduct setActive(long id, boolean active, long version) {
        return upstream.call(SERVICE, () -> active ? catalog.activate(id, new VersionBody(version))
                : catalog.deactivate(id, new VersionBody(version)));
    }

    public void delete(long id, long version) {
        upstream.run(SERVICE, () -> catalog.delete(id, version));
    }

    public StaffProduct uploadImage(long id, Path file, String altEs, String altEn, long version) {
        return upstream.call(SERVICE, () -> catalog.uploadImage(id, file, blankToNull(altEs), blankToNull(altEn),
                String.valueOf(version)));
    }

    public StaffProduct orderImages(long id, List<Long> imageIds, long version) {
        return upstream.call(SERVICE, () -> catalog.orderImages(id, new ImageOrder(imageIds, version)));
    }

    public StaffProduct deleteImage(long id, long imageId, long version) {
        return upstream.call(SERVICE, () -> catalog.deleteImage(id, imageId, version));
    }

    public List<StaffCategory> categories() {
        return upstream.call(SERVICE, catalog::categories);
    }

    public StaffCategory createCategory(CategoryWrite category) {
        return upstream.call(SERVICE, () -> catalog.createCategory(category));
    }

    public StaffCategory updateCategory(long id, CategoryWrite category) {
        return upstream.call(SERVICE, () -> catalog.updateCategory(id, category));
    }

    public List<StaffCategory> orderCategories(List<String> slugs) {
        return upstream.call(SERVICE, () -> catalog.orderCategories(new CategoryOrder(slugs)));
    }

    public void deleteCategory(long id, long version) {
        upstream.run(SERVICE, () -> catalog.deleteCategory(id, version));
    }

    public InputStream exportCsv() {
        return upstream.call(SERVICE, catalog::exportCsv);
    }

    public CsvImportReport importCsv(String csv, boolean dryRun) {
        return upstream.call(SERVICE, () -> catalog.importCsv(dryRun, csv));
    }

    public List<SiteSetting> settings() {
        return upstream.call(SERVICE, catalog::settings);
    }

    public SiteSetting updateSetting(String key, SettingWrite write) {
        return upstream.call(SERVICE, () -> catalog.updateSetting(key, write));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
