package com.zivah.admin.client.catalog;

/** What a valid CSV file does (dry run) or did. */
public record CsvImportReport(boolean dryRun, int rows, int created, int updated, int unchanged) {
}
