package com.zivah.platform.activity;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code ?from=<date>&to=<date>} query parameters of a staff list (whole UTC days, both inclusive), as a base of
 * its {@code @BeanParam} filter ({@link ActivityFilter}, notification-service's delivery filter). A malformed date is
 * a 400 naming its parameter; {@link #days()} refuses an impossible one and a {@code to} before {@code from}.
 */
public class UtcDayFilter {

    @QueryParam("from")
    @Pattern(regexp = UtcDays.DATE_FORMAT, message = UtcDays.DATE_MESSAGE)
    @Schema(description = "Only on or after this UTC day (ISO date)", example = "2026-11-01")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = UtcDays.DATE_FORMAT, message = UtcDays.DATE_MESSAGE)
    @Schema(description = "Only on or before this UTC day (ISO date, inclusive)", example = "2026-11-30")
    public String to;

    /** The range as instants (see {@link UtcDays#of}). */
    public UtcDays days() {
        return UtcDays.of(from, to);
    }
}
