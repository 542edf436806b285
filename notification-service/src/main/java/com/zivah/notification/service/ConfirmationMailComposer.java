package com.zivah.notification.service;

import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.platform.i18n.Language;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds the buyer's confirmation mail (HTML with a plain-text alternative, templates under
 * {@code templates/mail/}) in the event's language: English for buyers who chose it, Spanish otherwise
 * ({@link Language#ofTag}). The wording is in {@link MailMessages} / {@link MailMessagesEn}.
 */
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
        Language language = Language.ofTag(quote.locale());
        MailMessages messages = language == Language.EN ? english : spanish;
        String subject = messages.subject(quote.quoteNumber());
        String html = Templates.quoteConfirmationHtml(quote, language.tag()).setLocale(language.locale()).render();
        String text = Templates.quoteConfirmationText(quote, language.tag()).setLocale(language.locale()).render();
        String recipient = quote.customer().email();
        Mail mail = Mail.withHtml(recipient, subject, html).setText(text); // From: quarkus.mailer.from
        return new ComposedMail(mail, TEMPLATE, recipient, subject, language.tag());
    }
}
