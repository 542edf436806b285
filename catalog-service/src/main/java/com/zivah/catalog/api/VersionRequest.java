package com.zivah.catalog.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of a write without other data (activate, deactivate): the version it was based on (from GET). */
public record VersionRequest(@NotNull @Min(value = 1, message = "{zivah.version.current}") Long version) {
}
