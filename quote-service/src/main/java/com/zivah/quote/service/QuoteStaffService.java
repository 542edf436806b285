package com.zivah.quote.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.activity.ActivityLog;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.problem.ProblemException;
import com.zivah.platform.settings.SiteSettingValues;
import com.zivah.platform.settings.SiteSettings;
import com.zivah.quote.Quote;
import com.zivah.quote.QuoteVersion;
import com.zivah.quote.api.PricingRequest;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteVersionSummary;
import com.zivah.quote.api.SendRequest;
import com.zivah.quote.api.TimelineEntry;
import com.zivah.quote.api.TransitionRequest;
import com.zivah.quote.event.QuoteSent;
import com.zivah.quote.mapping.QuoteMapper;
import com.zivah.quote.repository.QuoteRepository;
import com.zivah.quote.repository.QuoteVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Staff's work on a quote: pricing, transitions, sending a frozen version (its PDF and QuoteSent in the same
 * transaction), and the reads of versions, PDFs and the timeline. Every write locks the quote's row and refuses an
 * edit based on an older {@code version} (409), so a double click on send is one version and one event.
 * Days ({@code validUntil}) are UTC days. Every write is also an activity-log entry (old → new) in its transaction.
 */
@ApplicationScoped
@Transactional
public class QuoteStaffService {

    private static final Logger LOG = Logger.getLogger(QuoteStaffService.class);
    /** sentBy's limit in QuoteSent. */
    static final int MAX_ACTOR = 100;

    private final QuoteRepository quotes;
    private final QuoteVersionRepository versions;
    private final QuotePdfRenderer pdf;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final ActivityLog activity;
    private final SiteSettings settings;

    public QuoteStaffService(QuoteRepository quotes, QuoteVersionRepository versions, QuotePdfRenderer pdf,
                             Outbox outbox, ObjectMapper json, ActivityLog activity, SiteSettings settings) {
        this.activity = activity;
        this.settings = settings;
        this.quotes = quotes;
        this.versions = versions;
        this.pdf = pdf;
        this.outbox = outbox;
        this.json = json;
    }

    /** What the activity log shows of a transition: the status (and version) before and after. */
    record StatusChange(String status, int version, String action, String reason) {
        static StatusChange of(Quote quote, String action) {
            return new StatusChange(quote.status.name(), quote.version, action, quote.cancelReason);
        }
    }

    /** A PDF with the name it is served (and mailed) under. */
    public record PdfFile(String fileName, byte[] bytes) {
    }

    public QuoteDetail get(String quoteNumber) {
        return detail(quotes.findByNumberWithItems(quoteNumber)
                .orElseThrow(() -> ProblemException.notFound("Quote", quoteNumber)));
    }

    public QuoteDetail price(String quoteNumber, PricingRequest request, RequestOrigin origin) {
        String actor = origin.actor();
        Quote quote = lockedAt(quoteNumber, request.version());
        QuoteDetail before = detail(quote);
        List<Quote.LinePrice> lines = request.items() == null ? List.of() : request.items().stream()
                .map(i -> new Quote.LinePrice(i.id(), i.unitPrice())).toList();
        quote.price(new Quote.Pricing(request.currency(), request.validUntil(), request.terms(), request.adminNotes(),
                request.discountPercent(), lines), actor, Instant.now(), today());
        LOG.infof("Quote %s priced by %s (version %d)", quoteNumber, actor, quote.version);
        QuoteDetail after = detail(quote);
        activity.record(origin, "quote.priced", "quote", quoteNumber, before, after);
        return after;
    }

    public QuoteDetail transition(String quoteNumber, TransitionRequest request, RequestOrigin origin) {
        Quote quote = lockedAt(quoteNumber, request.version());
        StatusChange before = StatusChange.of(quote, null);
        quote.apply(request.action(), request.reason(), origin.actor(), Instant.now());
        LOG.infof("Quote %s: %s by %s, now %s", quoteNumber, request.action(), origin.actor(), quote.status);
        activity.record(origin, "quote.status-changed", "quote", quoteNumber, before,
                StatusChange.of(quote, request.action().name()));
        return detail(quote);
    }

    /**
     * Freezes the next version, renders its PDF, stores both and enqueues QuoteSent v1, all in this transaction.
     */
    public QuoteDetail send(String quoteNumber, SendRequest request, RequestOrigin origin) {
        String actor = origin.actor();
        Quote quote = lockedAt(quoteNumber, request.version());
        StatusChange before = StatusChange.of(quote, null);
        String sentBy = actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
        Quote.Document frozen = quote.freezeVersion(sentBy, Instant.now(), today());
        byte[] bytes = pdf.render(frozen, false);
        UUID eventId = UUID.randomUUID();
        QuoteSent event = QuoteMapper.toSent(frozen, eventId, bytes, sha256(bytes));

        QuoteVersion version = new QuoteVersion();
        version.quote = quote;
        version.versionNo = frozen.version();
        version.sentAt = frozen.at();
        version.sentBy = sentBy;
        version.currency = frozen.currency();
        version.total = frozen.total();
        version.snapshot = serialized(event.withoutPdfContent());
        version.pdf = bytes;
        version.pdfSha256 = event.pdf().sha256();
        versions.persist(version);
        outbox.enqueue(QuoteSent.TOPIC, quote.quoteNumber, QuoteSent.TYPE, eventId, event);
        LOG.infof("Quote %s version %d sent by %s (PDF %d bytes)", quoteNumber, frozen.version(), sentBy,
                bytes.length);
        activity.record(origin, "quote.sent", "quote", quoteNumber, before, QuoteMapper.toVersionSummary(version));
        return detail(quote);
    }

    public List<QuoteVersionSummary> versions(String quoteNumber) {
        return versions.ofQuote(quote(quoteNumber).id).stream().map(QuoteMapper::toVersionSummary).toList();
    }

    /**
     * The frozen snapshot of a version (JSON text as stored: amounts keep their 2 decimals): QuoteSent as published,
     * without the PDF's base64.
     */
    public String version(String quoteNumber, int versionNo) {
        return sent(quoteNumber, versionNo).snapshot;
    }

    /** The exact PDF bytes mailed with a version. */
    public PdfFile versionPdf(String quoteNumber, int versionNo) {
        QuoteVersion version = sent(quoteNumber, versionNo);
        return new PdfFile(quoteNumber + "-v" + versionNo + ".pdf", version.pdf);
    }

    /** The PDF of the current draft (not stored). */
    public PdfFile preview(String quoteNumber) {
        Quote.Document draft = quotes.findByNumberWithItems(quoteNumber)
                .orElseThrow(() -> ProblemException.notFound("Quote", quoteNumber)).draft(Instant.now());
        return new PdfFile(quoteNumber + "-draft.pdf", pdf.render(draft, true));
    }

    public List<TimelineEntry> timeline(String quoteNumber) {
        return quote(quoteNumber).timeline.stream().map(QuoteMapper::toTimelineEntry).toList();
    }

    private QuoteDetail detail(Quote quote) {
        quotes.flush(); // the timeline's and versions' rows exist before they are read back
        return QuoteMapper.toDetail(quote, versions.ofQuote(quote.id), today(), proposal());
    }

    /** default-currency and today + quote-validity-days (at least one day) from the site settings. */
    private QuoteDetail.Proposal proposal() {
        SiteSettingValues values = settings.read(SiteSettings.DEFAULT_CURRENCY, SiteSettings.QUOTE_VALIDITY_DAYS);
        int days = Math.max(1, values.integer(SiteSettings.QUOTE_VALIDITY_DAYS));
        return new QuoteDetail.Proposal(values.currencyCode(SiteSettings.DEFAULT_CURRENCY), today().plusDays(days));
    }

    private QuoteVersion sent(String quoteNumber, int versionNo) {
        return versions.find(quote(quoteNumber).id, versionNo)
                .orElseThrow(() -> ProblemException.notFound("Version of quote " + quoteNumber, versionNo));
    }

    private Quote quote(String quoteNumber) {
        return quotes.find("quoteNumber", quoteNumber).<Quote>singleResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Quote", quoteNumber));
    }

    /** The quote, row-locked, if the edit was based on its current version (else 409; unknown: 404). */
    private Quote lockedAt(String quoteNumber, int basedOn) {
        Quote quote = quotes.findByNumberForUpdate(quoteNumber)
                .orElseThrow(() -> ProblemException.notFound("Quote", quoteNumber));
        if (!quote.isAtVersion(basedOn)) {
            throw new ProblemException(409, "conflict", "Conflict", "Quote " + quoteNumber
                    + " was changed meanwhile (now version " + quote.version + ", the edit was based on " + basedOn
                    + "); reload it and apply the edit again",
                    List.of(new com.zivah.platform.problem.Problem.FieldError("version", "{zivah.version.current}")));
        }
        return quote;
    }

    private String serialized(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A version snapshot cannot be serialized", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
