package com.zivah.admin.i18n;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the admin's templates show times and amounts: {@code {fmt:utc(q.createdAt)}}, {@code {fmt:amount(line.total)}}
 * (a namespace, so a null value is simply empty).
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2026-12-01 19:22 UTC}; empty for none. */
    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** Exact decimal, scale 2 as the services answer it ({@code 1234.50}); empty for none. */
    static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
