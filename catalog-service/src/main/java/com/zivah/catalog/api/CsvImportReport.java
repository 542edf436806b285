package com.zivah.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a valid CSV import: how many rows it has and what they do (or did, when {@code dryRun} is false):
 * new SKUs are created, existing ones updated, rows equal to the product as it is are left alone.
 */
@Schema(name = "CsvImportReport")
public record CsvImportReport(boolean dryRun, int rows, int created, int updated, int unchanged) {
}
