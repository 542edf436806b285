package com.zivah.notification.service;

import com.zivah.notification.MailKind;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.event.QuoteSent;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.platform.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The two mails of a {@code QuoteSubmitted} (HTML with a plain-text alternative, templates under
 * {@code templates/mail/}): the buyer's confirmation in the event's language ({@link Language#ofTag}; wording in
 * {@link MailMessages} / {@link MailMessagesEn}), and the sales alert in Spanish with a link to the quote in /admin;
 * and the mail of a {@code QuoteSent}: the priced quote in the buyer's language, its PDF attached.
 * Customer text goes into the templates only, where Qute escapes it in the HTML part.
 */
@ApplicationScoped
public class QuoteMailComposer {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance quoteConfirmationHtml(QuoteSubmitted quote, MailSettings brand, String lang);

        static native TemplateInstance quoteConfirmationText(QuoteSubmitted quote, MailSettings brand, String lang);

        static native TemplateInstance quoteSalesAlertHtml(QuoteSubmitted quote, MailSettings brand, String adminUrl);

        static native TemplateInstance quoteSalesAlertText(QuoteSubmitted quote, MailSettings brand, String adminUrl);

        static native TemplateInstance quoteSentHtml(QuoteSent quote, MailSettings brand, String lang, Amounts fmt);

        static native TemplateInstance quoteSentText(QuoteSent quote, MailSettings brand, String lang, Amounts fmt);
    }

    private final MailMessages spanish;
    private final MailMessages english;
    private final String adminBaseUrl;

    public QuoteMailComposer(MailMessages spanish, @Localized("en") MailMessages english, MailConfig config) {
        this.spanish = spanish;
        this.english = english;
        this.adminBaseUrl = stripSlash(config.adminBaseUrl());
    }

    public ComposedMail confirmation(QuoteSubmitted quote, MailSettings brand) {
        Language language = Language.ofTag(quote.locale());
        MailMessages messages = language == Language.EN ? english : spanish;
        String subject = messages.subject(quote.quoteNumber());
        String html = Templates.quoteConfirmationHtml(quote, brand, language.tag()).setLocale(language.locale()).render();
        String text = Templates.quoteConfirmationText(quote, brand, language.tag()).setLocale(language.locale()).render();
        return new ComposedMail(MailKind.QUOTE_CONFIRMATION, quote.customer().email(), subject, html, text,
                language.tag());
    }

    public ComposedMail salesAlert(QuoteSubmitted quote, MailSettings brand) {
        String adminUrl = adminBaseUrl + "/admin/quotes/" + quote.quoteNumber();
        String subject = "Nueva solicitud de cotización " + quote.quoteNumber() + " de " + oneLine(quote.customer().name());
        String html = Templates.quoteSalesAlertHtml(quote, brand, adminUrl).setLocale(Language.ES.locale()).render();
        String text = Templates.quoteSalesAlertText(quote, brand, adminUrl).setLocale(Language.ES.locale()).render();
        return new ComposedMail(MailKind.QUOTE_SALES_ALERT, brand.salesNotificationEmail(), subject, html, text,
                Language.ES.tag());
    }

    /**
     * The priced quote to the buyer in the event's language: greeting, number and version, the lines with unit price
     * and line total, subtotal, discount, total, currency, valid-until date, terms and the company data; the event's
     * PDF attached byte for byte.
     */
    public ComposedMail sent(QuoteSent quote, MailSettings brand) {
        Language language = Language.ofTag(quote.locale());
        MailMessages messages = language == Language.EN ? english : spanish;
        Amounts fmt = new Amounts(language);
        String subject = messages.sentSubject(quote.quoteNumber(), quote.version());
        String html = Templates.quoteSentHtml(quote, brand, language.tag(), fmt).setLocale(language.locale()).render();
        String text = Templates.quoteSentText(quote, brand, language.tag(), fmt).setLocale(language.locale()).render();
        QuoteSent.Pdf pdf = quote.pdf();
        byte[] bytes = pdf.bytes();
        return new ComposedMail(MailKind.QUOTE_SENT, quote.customer().email(), subject, html, text, language.tag(),
                new ComposedMail.Attachment(pdf.fileName(), QuoteSent.Pdf.CONTENT_TYPE, bytes, QuoteSent.Pdf.sha256(bytes)));
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Customer text in a header: one line, bounded (the mailer encodes it; no header injection). */
    static String oneLine(String value) {
        String line = value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
