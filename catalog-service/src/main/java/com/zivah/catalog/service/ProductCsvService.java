package com.zivah.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.Product;
import com.zivah.catalog.api.CsvImportReport;
import com.zivah.catalog.api.ProductCreateRequest;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.api.Spec;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.mapping.ProductCsvFormat;
import com.zivah.catalog.repository.CategoryRepository;
import com.zivah.catalog.repository.ProductRepository;
import com.zivah.catalog.repository.RetiredProductRepository;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

/**
 * Staff CSV of products ({@link ProductCsvFormat}): export of every product, and import that first validates every row
 * (all errors at once, as {@code errors[].field = rows[<row>].<column>}, the row as a spreadsheet numbers it: the
 * header is row 1) and changes nothing when one is wrong; a valid file with {@code dryRun} false is applied in this
 * one transaction, each row through {@link ProductService} like an API write (create by new SKU, update by existing
 * SKU with the version it was exported at; its activity entry and event), rows equal to the product are skipped.
 */
@ApplicationScoped
@Transactional
public class ProductCsvService {

    /** More rows than this are refused (the body limit of the service bounds the file too). */
    static final int MAX_ROWS = 5000;

    private static final Logger LOG = Logger.getLogger(ProductCsvService.class);
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setHeader(ProductCsvFormat.COLUMNS.toArray(String[]::new)).get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    private static final TypeReference<List<Spec>> SPECS = new TypeReference<>() {
    };
    /** Bean Validation paths of the write bodies → CSV columns. */
    private static final Map<String, String> COLUMN_OF_PATH = Map.of("name.es", "nameEs", "name.en", "nameEn",
            "description.es", "descriptionEs", "description.en", "descriptionEn", "name", "nameEs",
            "description", "descriptionEs");

    private final ProductRepository products;
    private final RetiredProductRepository retired;
    private final CategoryRepository categories;
    private final ProductService writes;
    private final Validator validator;
    private final ObjectMapper json;

    public ProductCsvService(ProductRepository products, RetiredProductRepository retired,
                             CategoryRepository categories, ProductService writes, Validator validator,
                             ObjectMapper json) {
        this.products = products;
        this.retired = retired;
        this.categories = categories;
        this.writes = writes;
        this.validator = validator;
        this.json = json;
    }

    /** Every product, active or not, in catalog order, with a header row. */
    public String export() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (Product product : products.listAllInCatalogOrder()) {
                printer.printRecord(ProductCsvFormat.row(CatalogMapper.toView(product), json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One planned row: a new product ({@code create}) or a change of product {@code id} ({@code update}). */
    private record Planned(int row, ProductCreateRequest create, Long id, ProductUpdateRequest update,
                           boolean unchanged) {
    }

    /**
     * Validates every row of {@code csv}; with errors: a 400 problem listing them all and nothing changed; without:
     * the report, and (unless {@code dryRun}) every row applied by {@code origin}.
     */
    public CsvImportReport importCsv(String csv, boolean dryRun, RequestOrigin origin) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalid("body", "{catalog.csv.empty}");
        }
        if (csv.indexOf('\u0000') >= 0) {
            throw ProblemException.invalid("body", "{zivah.text.nul}");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), READ)) {
            checkHeader(parser.getHeaderNames());
            Set<String> skus = new HashSet<>();
            Set<String> slugs = new HashSet<>();
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (row - 1 > MAX_ROWS) {
                    throw ProblemException.invalid("body", "{catalog.csv.too-many-rows}", "max", MAX_ROWS);
                }
                plan(record, row, skus, slugs, errors).ifPresent(plan::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ProblemException.invalid("body", "{catalog.csv.invalid}", "reason", e.getMessage());
        }
        if (plan.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("body", "{catalog.csv.no-rows}");
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ProductCsvService::rowOf));
            throw new ProblemException(400, "validation", "Invalid CSV", errors.size()
                    + (errors.size() == 1 ? " problem" : " problems") + " in the file; nothing was changed", errors);
        }
        int created = (int) plan.stream().filter(p -> p.create() != null).count();
        int unchanged = (int) plan.stream().filter(Planned::unchanged).count();
        int updated = plan.size() - created - unchanged;
        if (!dryRun) {
            for (Planned planned : plan) {
                if (planned.create() != null) {
                    writes.create(planned.create(), origin);
                } else if (!planned.unchanged()) {
                    writes.update(planned.id(), planned.update(), origin);
                }
            }
            LOG.infof("CSV import by %s: %d created, %d updated, %d unchanged", origin.actor(), created, updated,
                    unchanged);
        }
        return new CsvImportReport(dryRun, plan.size(), created, updated, unchanged);
    }

    private static void checkHeader(List<String> header) {
        Set<String> present = new LinkedHashSet<>(header);
        List<String> missing = ProductCsvFormat.COLUMNS.stream().filter(c -> !present.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !ProductCsvFormat.COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || present.size() != header.size()) {
            throw ProblemException.invalid("header", missing.isEmpty() && unknown.isEmpty() ? "{catalog.csv.header}"
                    : missing.isEmpty() ? "{catalog.csv.header.unknown}" : unknown.isEmpty() ? "{catalog.csv.header.missing}"
                    : "{catalog.csv.header.missing-unknown}", "columns", String.join(",", ProductCsvFormat.COLUMNS),
                    "missing", missing, "unknown", unknown);
        }
    }

    /** The row as a write, or empty with its problems added to {@code errors}. */
    private Optional<Planned> plan(CSVRecord record, int row, Set<String> skus, Set<String> slugs,
                                   List<Problem.FieldError> errors) {
        if (!record.isConsistent()) {
            errors.add(error(row, "row", "{catalog.csv.cells}", "cells", record.size(),
                    "columns", ProductCsvFormat.COLUMNS.size()));
            return Optional.empty();
        }
        int before = errors.size();
        Cells cells = new Cells(record, row, errors);
        String sku = cells.text("sku");
        String slug = cells.text("slug");
        List<Spec> specs = cells.specs();
        Integer minOrder = cells.integer("minOrderQuantity");
        BigDecimal price = cells.price();
        Boolean priceOnRequest = cells.flag("priceOnRequest");
        Integer stock = cells.integer("stockQuantity");
        Boolean active = cells.flag("active");
        Long version = cells.version();
        ProductUpdateRequest.Name name = new ProductUpdateRequest.Name(cells.text("nameEs"), cells.text("nameEn"));
        ProductUpdateRequest.Description description = new ProductUpdateRequest.Description(
                cells.text("descriptionEs"), cells.text("descriptionEn"));
        String categorySlug = cells.text("categorySlug");
        // the columns whose cell could not be read: their Bean Validation messages (null) would only repeat it
        Set<String> unreadable = new HashSet<>();
        errors.subList(before, errors.size()).forEach(e -> unreadable.add(e.field()));
        if (sku != null && !skus.add(sku)) {
            errors.add(error(row, "sku", "{catalog.csv.sku.repeated}"));
            return Optional.empty();
        }
        checkSpecKeys(specs, row, errors);
        if (categorySlug != null && categories.findBySlug(categorySlug).isEmpty()) {
            errors.add(error(row, "categorySlug", "{catalog.csv.category.unknown}", "slug", categorySlug));
        }
        Optional<Product> existing = sku == null ? Optional.empty() : products.findBySku(sku);
        if (existing.isPresent()) {
            Product product = existing.get();
            ProductUpdateRequest update = new ProductUpdateRequest(categorySlug, name, description, specs,
                    cells.text("unit"), minOrder, price, cells.text("currency"), priceOnRequest, stock,
                    active, version);
            violations(validator.validate(update), row, unreadable, errors);
            if (slug != null && !slug.equals(product.slug)) {
                errors.add(error(row, "slug", "{catalog.csv.slug.fixed}", "slug", product.slug));
            }
            if (version == null) {
                errors.add(error(row, "version", "{catalog.csv.version.required}", "sku", sku));
            } else if (!product.isAtVersion(version)) {
                errors.add(error(row, "version", "{catalog.csv.version.stale}", "sku", sku, "current", product.version,
                        "version", version));
            }
            slugs.add(product.slug);
            if (errors.size() > before) {
                return Optional.empty();
            }
            ProductView current = CatalogMapper.toView(product);
            return Optional.of(new Planned(row, null, product.id, update, sameState(current, update)));
        }
        if (version != null) {
            errors.add(error(row, "version", "{catalog.csv.version.new}"));
        }
        if (slug == null && name.es() != null) {
            slug = Writes.slugOf(name.es(), 150);
        }
        ProductCreateRequest create = new ProductCreateRequest(sku, slug, categorySlug, name, description, specs,
                cells.text("unit"), minOrder, price, cells.text("currency"), priceOnRequest, stock,
                active);
        violations(validator.validate(create), row, unreadable, errors);
        if (sku != null && retired.findBySku(sku).isPresent()) {
            errors.add(error(row, "sku", "{catalog.csv.sku.retired}", "sku", sku));
        }
        if (slug != null && !slug.isEmpty()) {
            if (!slugs.add(slug)) {
                errors.add(error(row, "slug", "{catalog.csv.slug.repeated}"));
            } else if (products.slugTaken(slug)) {
                errors.add(error(row, "slug", "{catalog.csv.slug.taken}", "slug", slug));
            } else if (retired.findBySlug(slug).isPresent()) {
                errors.add(error(row, "slug", "{catalog.csv.slug.retired}", "slug", slug));
            }
        }
        return errors.size() > before ? Optional.empty() : Optional.of(new Planned(row, create, null, null, false));
    }

    private static void checkSpecKeys(List<Spec> specs, int row, List<Problem.FieldError> errors) {
        Set<String> keys = new HashSet<>();
        for (Spec spec : specs) {
            if (spec != null && spec.key() != null && !keys.add(spec.key())) {
                errors.add(error(row, "specs", "{catalog.csv.spec-key.repeated}", "key", spec.key()));
            }
        }
    }

    private static <T> void violations(Set<ConstraintViolation<T>> violations, int row, Set<String> unreadable,
                                       List<Problem.FieldError> errors) {
        violations.stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    if (path.startsWith("specs")) {
                        return Problem.FieldError.of("rows[" + row + "].specs", "{zivah.nested}",
                                "path", path.equals("specs") ? "" : path + " ", "message", Problem.FieldError.of(path, v));
                    }
                    return Problem.FieldError.of("rows[" + row + "]." + COLUMN_OF_PATH.getOrDefault(path, path), v);
                })
                .filter(e -> !unreadable.contains(e.field()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .forEach(errors::add);
    }

    /** Whether {@code update} would leave {@code current} as it is (texts are stored stripped, prices to cents). */
    private static boolean sameState(ProductView current, ProductUpdateRequest update) {
        return normalized(CatalogMapper.toUpdate(current)).equals(normalized(update));
    }

    private static ProductUpdateRequest normalized(ProductUpdateRequest r) {
        List<Spec> specs = r.specs() == null ? List.of() : r.specs().stream()
                .map(s -> new Spec(s.key(), new Spec.Label(s.label().es().strip(), s.label().en().strip()),
                        new Spec.Value(s.value().es().strip(), s.value().en().strip())))
                .toList();
        return new ProductUpdateRequest(r.categorySlug().strip(),
                new ProductUpdateRequest.Name(r.name().es().strip(), r.name().en().strip()),
                new ProductUpdateRequest.Description(r.description().es().strip(), r.description().en().strip()),
                specs, r.unit(), r.minOrderQuantity(),
                r.price() == null ? null : r.price().setScale(2, RoundingMode.UNNECESSARY), r.currency(),
                r.priceOnRequest(), r.stockQuantity(), r.active(), null);
    }

    private static Problem.FieldError error(int row, String column, String message, Object... namesAndValues) {
        return Problem.FieldError.of("rows[" + row + "]." + column, message, namesAndValues);
    }

    private static int rowOf(Problem.FieldError error) {
        String field = error.field();
        return field.startsWith("rows[") ? Integer.parseInt(field.substring(5, field.indexOf(']'))) : 0;
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    /** Typed reads of one row's cells; a malformed cell adds its error and reads as null. */
    private final class Cells {
        private final CSVRecord record;
        private final int row;
        private final List<Problem.FieldError> errors;

        Cells(CSVRecord record, int row, List<Problem.FieldError> errors) {
            this.record = record;
            this.row = row;
            this.errors = errors;
        }

        /** The cell (text columns without their one leading {@code '}), null when empty. */
        String text(String column) {
            String cell = record.get(column);
            if (ProductCsvFormat.TEXT_COLUMNS.contains(column)) {
                cell = ProductCsvFormat.unescape(cell);
            } else {
                cell = cell.strip();
            }
            return cell.isEmpty() ? null : cell;
        }

        Integer integer(String column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            try {
                return Integer.valueOf(cell);
            } catch (NumberFormatException e) {
                errors.add(error(row, column, "{zivah.number.whole}"));
                return null;
            }
        }

        Long version() {
            String cell = text("version");
            if (cell == null) {
                return null;
            }
            try {
                return Long.valueOf(cell);
            } catch (NumberFormatException e) {
                errors.add(error(row, "version", "{catalog.csv.version.number}"));
                return null;
            }
        }

        BigDecimal price() {
            String cell = text("price");
            if (cell == null) {
                return null;
            }
            if (!cell.matches("[0-9]{1,10}(\\.[0-9]{1,2})?")) {
                errors.add(error(row, "price", "{catalog.csv.price}"));
                return null;
            }
            return new BigDecimal(cell);
        }

        Boolean flag(String column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
                return Boolean.valueOf(cell.toLowerCase(java.util.Locale.ROOT));
            }
            errors.add(error(row, column, "{zivah.boolean}"));
            return null;
        }

        List<Spec> specs() {
            String cell = text("specs");
            if (cell == null) {
                return List.of();
            }
            try {
                List<Spec> specs = json.readValue(cell, SPECS);
                if (specs == null || specs.contains(null)) {
                    throw new IllegalArgumentException("null entry");
                }
                return specs;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(error(row, "specs", "{catalog.csv.specs}"));
                return List.of();
            }
        }
    }
}
