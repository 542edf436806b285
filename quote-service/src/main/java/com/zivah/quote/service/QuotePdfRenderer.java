package com.zivah.quote.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.settings.SiteSettingValues;
import com.zivah.platform.settings.SiteSettings;
import com.zivah.quote.Quote;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF of a quote: the Qute XHTML template {@code templates/QuotePdfRenderer/quote.html} in the buyer's
 * language (texts from {@link QuotePdfMessages}), rendered by openhtmltopdf. Every customer text is escaped by
 * Qute and stripped of characters XML cannot carry; the page may load nothing from outside (no URL is resolved).
 * The font is PDFBox's embedded Liberation Sans (subset), so á é ñ ü € and more than Latin-1 render. The company
 * header is the site settings an ADMIN edits (platform-settings' snapshot; {@code zivah.site-settings.defaults.*}
 * until a key was heard), read at rendering: a sent version's PDF keeps the header it was rendered with (its bytes
 * are stored), only previews and new versions show a changed one.
 */
@ApplicationScoped
public class QuotePdfRenderer {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";
    private static final byte[] FONT_BYTES = readFont();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quote(View quote);
    }

    /** What the template shows: texts already formatted for the buyer's language. */
    public record View(String lang, boolean draft, String companyName, String companyAddress, String contactEmail,
                       String contactPhone, String number, int version, String date, String validUntil,
                       String customerName, String company, String customerEmail, String customerPhone,
                       List<Line> lines, String subtotal, String discountPercent, String discountAmount, String total,
                       String currency, String terms) {

        public record Line(String sku, String name, int quantity, String unit, String unitPrice, String lineTotal,
                           String note) {
        }
    }

    private final SiteSettings settings;

    public QuotePdfRenderer(SiteSettings settings) {
        this.settings = settings;
    }

    /** The PDF bytes of {@code document}; {@code draft}: marked as a draft (the preview, never mailed). */
    public byte[] render(Quote.Document document, boolean draft) {
        Language language = document.language();
        SiteSettingValues company = settings.read(SiteSettings.COMPANY_NAME, SiteSettings.COMPANY_ADDRESS,
                SiteSettings.CONTACT_EMAIL, SiteSettings.CONTACT_PHONE);
        String html = Templates.quote(view(document, draft, company)).setLocale(language.locale()).render();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            PDFontSupplier font = new PDFontSupplier(font(pdf));
            for (int weight : new int[] {400, 700}) {
                builder.useFont(font, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withProducer("ZIVAH quote-service");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of " + document.quoteNumber() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    /**
     * The font of one document (both weights: there is no bold file), parsed from the bytes read once, without
     * glyph substitution: PDFBox applies a font's GSUB rules (here Liberation Sans' 140 {@code ccmp} sequences) by
     * compiling a regular expression for every run of text it writes, ~40 % of a render (JFR, docs/benchmarks.md).
     * A quote needs none of them once its text is composed ({@link #text}).
     */
    private static PDFont font(PDDocument pdf) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
        ttf.setEnableGsub(false);
        return PDType0Font.load(pdf, ttf, true);
    }

    private static byte[] readFont() {
        try (InputStream in = QuotePdfRenderer.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's font " + FONT + " could not be read", e);
        }
    }

    View view(Quote.Document d, boolean draft, SiteSettingValues company) {
        Language language = d.language();
        Money money = new Money(language, d.currency());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        LocalDate day = d.at().atZone(ZoneOffset.UTC).toLocalDate();
        return new View(language.tag(), draft, text(company.text(SiteSettings.COMPANY_NAME)),
                text(company.text(SiteSettings.COMPANY_ADDRESS)), text(company.text(SiteSettings.CONTACT_EMAIL)),
                text(company.text(SiteSettings.CONTACT_PHONE)), d.quoteNumber(), d.version(),
                dates.format(day), d.validUntil() == null ? null : dates.format(d.validUntil()),
                text(d.customerName()), text(d.company()), text(d.customerEmail()), text(d.customerPhone()),
                d.lines().stream()
                        .map(l -> new View.Line(text(l.sku()), text(l.productName()), l.quantity(), text(l.unit()),
                                money.format(l.unitPrice()), money.format(l.lineTotal()), text(l.note())))
                        .toList(),
                money.format(d.subtotal()),
                d.discountPercent() == null ? null : money.number(d.discountPercent()) + " %",
                money.format(d.discountAmount()), money.format(d.total()), d.currency(), text(d.terms()));
    }

    /** Amounts as the buyer reads them: {@code 2.303,75 €} (es), {@code €2,303.75} (en); unpriced: a dash. */
    private record Money(Language language, String currency) {

        String format(BigDecimal amount) {
            if (amount == null) {
                return "—";
            }
            String symbol = Currency.getInstance(currency).getSymbol(language.locale());
            return language.pick(number(amount) + " " + symbol, symbol + number(amount));
        }

        String number(BigDecimal amount) {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(language.locale()));
            return format.format(amount);
        }
    }

    /**
     * A customer's text as XML may carry it (characters XML 1.0 forbids become U+FFFD): Qute escapes markup, this
     * keeps the XHTML well-formed whatever the buyer typed. Composed (NFC): the font's glyph substitution is off
     * ({@link #font}), so {@code e} + a combining accent becomes the one glyph {@code é} here.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(value.length());
        Normalizer.normalize(value, Normalizer.Form.NFC).codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            safe.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return safe.toString();
    }
}
