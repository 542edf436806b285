package com.zivah.notification.mapping;

import com.zivah.notification.event.QuoteSubmitted;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;

/** Builds the buyer's confirmation mail (HTML with a plain-text alternative) in the event's language. */
@ApplicationScoped
public class ConfirmationMailComposer {

    public static final String TEMPLATE = "quote-confirmation";

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance quoteConfirmationHtml(QuoteSubmitted quote, String lang);

        static native TemplateInstance quoteConfirmationText(QuoteSubmitted quote, String lang);
    }

    /** A composed mail and the facts the delivery log keeps about it. */
    public record ComposedMail(Mail mail, String template, String recipient, String subject, String locale) {
    }

    private final MailMessages spanish;
    private final MailMessages english;

    public ConfirmationMailComposer(MailMessages spanish, @Localized("en") MailMessages english) {
        this.spanish = spanish;
        this.english = english;
    }

    public ComposedMail compose(QuoteSubmitted quote) {
        String lang = languageOf(quote.locale());
        MailMessages messages = "en".equals(lang) ? english : spanish;
        Locale locale = Locale.forLanguageTag(lang);
        String subject = messages.subject(quote.quoteNumber());
        String html = Templates.quoteConfirmationHtml(quote, lang).setLocale(locale).render();
        String text = Templates.quoteConfirmationText(quote, lang).setLocale(locale).render();
        String recipient = quote.customer().email();
        Mail mail = Mail.withHtml(recipient, subject, html).setText(text); // From: quarkus.mailer.from
        return new ComposedMail(mail, TEMPLATE, recipient, subject, lang);
    }

    /** Spanish is the company's default language; English for buyers who chose it; anything else falls back to Spanish. */
    static String languageOf(String locale) {
        if (locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en")) {
            return "en";
        }
        return "es";
    }

    @TemplateExtension
    static class Formats {
        /** 500.000 → "500", 12.50 → "12.5": quantities as a person writes them. */
        static String plain(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }
}
