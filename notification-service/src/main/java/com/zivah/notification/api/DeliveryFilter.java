package com.zivah.notification.api;

import com.zivah.platform.activity.UtcDayFilter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Filters of the delivery log ({@code GET /api/notifications/deliveries}); each absent one means any; {@code from}/{@code to}
 * (inclusive UTC days of queueing) from {@link UtcDayFilter}. A malformed value is a 400 naming its parameter (the
 * Java field names are the parameter names).
 */
public class DeliveryFilter extends UtcDayFilter {

    @QueryParam("status")
    @Schema(description = "PENDING, SENT, FAILED or SUPPRESSED (case-insensitive)", example = "FAILED")
    public String status;

    @QueryParam("kind")
    @Schema(description = "QUOTE_CONFIRMATION, QUOTE_SALES_ALERT, CONTACT_AUTO_REPLY, CONTACT_SALES_ALERT or QUOTE_SENT",
            example = "QUOTE_SENT")
    public String kind;

    @QueryParam("quoteNumber")
    @Size(min = 1, max = 40, message = "{zivah.text.length-range}")
    @Schema(description = "Mails of this quote", example = "ZQ-2026-000042")
    public String quoteNumber;

    @QueryParam("contactReference")
    @Size(min = 1, max = 40, message = "{zivah.text.length-range}")
    @Schema(description = "Mails of this contact message", example = "ZM-2026-000007")
    public String contactReference;

    @QueryParam("recipient")
    @Size(min = 1, max = 320, message = "{zivah.text.length-range}")
    @Pattern(regexp = "[^\\p{Cc}]+", message = "{zivah.text.control}")
    @Schema(description = "Mails to this mailbox (compared as the recipient limit does: case, +tags "
            + "and Gmail's dots ignored)", example = "ana.perez@example.com")
    public String recipient;
}
