package com.zivah.platform.activity;

import com.zivah.platform.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A {@code from}/{@code to} pair of ISO dates as a half-open range of instants: whole UTC days, both inclusive
 * ({@code to=2026-11-30} ends at the start of 2026-12-01). The one way the staff lists of the activity kit's users
 * filter by date (activity log, delivery log).
 *
 * @param from          the start of the {@code from} day; null when not given
 * @param toExclusive   the start of the day after {@code to}; null when not given
 */
public record UtcDays(Instant from, Instant toExclusive) {

    /** What a date parameter looks like (checked by Bean Validation before {@link #of}). */
    public static final String DATE_FORMAT = "\\d{4}-\\d{2}-\\d{2}";
    public static final String DATE_MESSAGE = "{zivah.date.iso}";

    /**
     * The range of {@code from}..{@code to} (each may be null or blank); an impossible date (2026-02-30) is a 400
     * naming its parameter, as is a {@code to} before {@code from}.
     */
    public static UtcDays of(String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ProblemException.invalid("to", "{zivah.range.to-before-from}");
        }
        return new UtcDays(first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalid(name, DATE_MESSAGE);
        }
    }
}
