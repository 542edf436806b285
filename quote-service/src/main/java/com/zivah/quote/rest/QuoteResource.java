package com.zivah.quote.rest;

import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.Quote;
import com.zivah.quote.QuoteStatus;
import com.zivah.quote.api.Idempotent;
import com.zivah.quote.api.QuoteFilter;
import com.zivah.quote.api.QuoteStatistics;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteSummary;
import com.zivah.quote.api.SubmitQuoteRequest;
import com.zivah.quote.api.SubmitQuoteResponse;
import com.zivah.quote.api.PricingRequest;
import com.zivah.quote.api.QuoteVersionSummary;
import com.zivah.quote.api.SendRequest;
import com.zivah.quote.api.TimelineEntry;
import com.zivah.quote.api.TransitionRequest;
import com.zivah.quote.service.QuoteService;
import com.zivah.quote.service.QuoteStaffService;
import jakarta.ws.rs.PUT;
import com.zivah.platform.activity.RequestOrigins;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class QuoteResource {

    static final String ADMIN = "ADMIN";
    static final String MANAGER = "MANAGER";
    static final String VIEWER = "VIEWER";

    /** Longest e-mail and text filter. */
    static final int MAX_FILTER_TEXT = 255;

    static final String PDF = "application/pdf";

    private final QuoteService service;
    private final QuoteStaffService staff;
    private final RequestOrigins origins;

    public QuoteResource(QuoteService service, QuoteStaffService staff, RequestOrigins origins) {
        this.service = service;
        this.staff = staff;
        this.origins = origins;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request for quote (public)",
            description = "With an Idempotency-Key header ([A-Za-z0-9_-]{16,100}, e.g. a UUID), the same key and "
                    + "body again within 24 h answers the first 201 again (header Idempotent-Replayed: true) and "
                    + "creates nothing; the same key with another body is a 422.")
    public Response submit(@HeaderParam(Idempotent.KEY_HEADER) String idempotencyKey,
                           @NotNull @Valid SubmitQuoteRequest request) {
        Idempotent<SubmitQuoteResponse> created = service.submit(request, idempotencyKey);
        // A relative reference (RFC 9110 §10.2.2), set as a plain header: Response.created(URI) would resolve it
        // against the request's Host header, and a client could choose the host of our Location.
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/quotes/" + created.answer().quoteNumber())
                .entity(created.answer());
        if (created.replayed()) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "List quotes with filters, paging and sorting (default newest first)",
            description = "status; email (exact, case-insensitive); country (ISO alpha-2); from/to (ISO date, "
                    + "inclusive UTC days, or instant); q (text in number, name, company, e-mail, message); "
                    + "sort: createdAt, -createdAt, quoteNumber, -quoteNumber, status, -status")
    public PageResponse<QuoteSummary> list(@QueryParam("status") String status, @QueryParam("email") String email,
                                           @QueryParam("country") String country, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("q") String text,
                                           @QueryParam("sort") String sort, @BeanParam @Valid PageRequest paging) {
        Instant fromInstant = parseTime("from", from, false);
        Instant toExclusive = parseTime("to", to, true);
        if (fromInstant != null && toExclusive != null && !fromInstant.isBefore(toExclusive)) {
            throw ProblemException.invalid("to", "{zivah.range.to-before-from}");
        }
        return service.list(new QuoteFilter(parseStatus(status), parseEmail(email), parseCountry(country), fromInstant,
                toExclusive, parseText(text), parseSort(sort)), paging);
    }

    @GET
    @Path("statistics")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "Counts by status, per UTC day of the last 30 days, top 10 products, average first response")
    public QuoteStatistics statistics() {
        return service.statistics();
    }

    @GET
    @Path("{quoteNumber}")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "One quote with its items, totals, version, allowed actions and sent versions")
    public QuoteDetail get(@PathParam("quoteNumber") String quoteNumber) {
        return staff.get(quoteNumber);
    }

    @PUT
    @Path("{quoteNumber}/pricing")
    @RolesAllowed({ADMIN, MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set staff's prices, discount, currency, validity, terms and notes",
            description = "Allowed while PENDING (it becomes PROCESSING) or PROCESSING; a stale version or another "
                    + "status is a 409, a bad field a 400 naming it (items[1].unitPrice, validUntil in the past).")
    public QuoteDetail price(@PathParam("quoteNumber") String quoteNumber, @NotNull @Valid PricingRequest request) {
        return staff.price(quoteNumber, request, origins.current());
    }

    @POST
    @Path("{quoteNumber}/transitions")
    @RolesAllowed({ADMIN, MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the quote along its status graph",
            description = "START_PROCESSING PENDING→PROCESSING, CLOSE SENT→CLOSED, CANCEL PENDING|PROCESSING|SENT→"
                    + "CANCELLED (reason required), REOPEN SENT|CLOSED|CANCELLED→PROCESSING. Not allowed: 409 naming "
                    + "action; stale version: 409.")
    public QuoteDetail transition(@PathParam("quoteNumber") String quoteNumber,
                                  @NotNull @Valid TransitionRequest request) {
        return staff.transition(quoteNumber, request, origins.current());
    }

    @POST
    @Path("{quoteNumber}/send")
    @RolesAllowed({ADMIN, MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the next version: freeze it with its PDF, status SENT, QuoteSent to the buyer",
            description = "Requires PROCESSING (409), every line priced and validUntil today or later (400 naming "
                    + "the field); a stale version (a second click) is a 409 and sends nothing.")
    public QuoteDetail send(@PathParam("quoteNumber") String quoteNumber, @NotNull @Valid SendRequest request) {
        return staff.send(quoteNumber, request, origins.current());
    }

    @GET
    @Path("{quoteNumber}/versions")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "The versions sent, oldest first")
    public List<QuoteVersionSummary> versions(@PathParam("quoteNumber") String quoteNumber) {
        return staff.versions(quoteNumber);
    }

    @GET
    @Path("{quoteNumber}/versions/{version}")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "A version exactly as sent: the QuoteSent event without the PDF's base64")
    public Response version(@PathParam("quoteNumber") String quoteNumber, @PathParam("version") int version) {
        return Response.ok(staff.version(quoteNumber, version), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{quoteNumber}/versions/{version}/pdf")
    @Produces(PDF)
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "The PDF of a version: the exact bytes mailed to the buyer")
    public Response versionPdf(@PathParam("quoteNumber") String quoteNumber, @PathParam("version") int version) {
        return pdf(staff.versionPdf(quoteNumber, version));
    }

    @GET
    @Path("{quoteNumber}/preview.pdf")
    @Produces(PDF)
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "The PDF of the current draft, marked as a draft (not stored, never mailed)")
    public Response preview(@PathParam("quoteNumber") String quoteNumber) {
        return pdf(staff.preview(quoteNumber));
    }

    @GET
    @Path("{quoteNumber}/timeline")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "Everything that happened to the quote, oldest first")
    public List<TimelineEntry> timeline(@PathParam("quoteNumber") String quoteNumber) {
        return staff.timeline(quoteNumber);
    }

    private static Response pdf(QuoteStaffService.PdfFile file) {
        return Response.ok(file.bytes(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static QuoteStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return QuoteStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "{zivah.one-of}", "values", QuoteStatus.values());
        }
    }

    private static String parseEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (email.length() > MAX_FILTER_TEXT) {
            throw ProblemException.invalid("email", "{zivah.text.max-length}", "max", MAX_FILTER_TEXT);
        }
        return email.strip();
    }

    private static String parseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!Quote.isCountryCode(code)) {
            throw ProblemException.invalid("country", "{zivah.country}");
        }
        return code;
    }

    private static String parseText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_FILTER_TEXT) {
            throw ProblemException.invalid("q", "{zivah.text.max-length}", "max", MAX_FILTER_TEXT);
        }
        return text.strip();
    }

    private static QuoteFilter.Sort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        for (QuoteFilter.Sort s : QuoteFilter.Sort.values()) {
            if (s.parameter.equals(sort.strip())) {
                return s;
            }
        }
        throw ProblemException.invalid("sort", "{zivah.one-of}", "values", Arrays.stream(QuoteFilter.Sort.values())
                .map(s -> s.parameter).toList());
    }

    /**
     * An ISO date (a whole UTC day: {@code from} its start, {@code to} the start of the next day, exclusive) or an
     * ISO instant ({@code to} inclusive: the next microsecond, exclusive).
     */
    private static Instant parseTime(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant at = OffsetDateTime.parse(v).toInstant().truncatedTo(ChronoUnit.MICROS);
            return end ? at.plus(1, ChronoUnit.MICROS) : at;
        } catch (DateTimeException | ArithmeticException e) {
            throw ProblemException.invalid(name, "{quote.date-or-instant}");
        }
    }
}
