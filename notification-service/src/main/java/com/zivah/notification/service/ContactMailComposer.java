package com.zivah.notification.service;

import com.zivah.notification.MailKind;
import com.zivah.notification.event.ContactMessageReceived;
import com.zivah.platform.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The two mails of a {@code ContactMessageReceived}: the auto-reply to the sender in the message's language, and
 * the alert to sales in Spanish. Customer text only in the templates (escaped in HTML).
 */
@ApplicationScoped
public class ContactMailComposer {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance contactAutoReplyHtml(ContactMessageReceived contact, MailSettings brand, String lang);

        static native TemplateInstance contactAutoReplyText(ContactMessageReceived contact, MailSettings brand, String lang);

        static native TemplateInstance contactSalesAlertHtml(ContactMessageReceived contact, MailSettings brand);

        static native TemplateInstance contactSalesAlertText(ContactMessageReceived contact, MailSettings brand);
    }

    private final MailMessages spanish;
    private final MailMessages english;

    public ContactMailComposer(MailMessages spanish, @Localized("en") MailMessages english) {
        this.spanish = spanish;
        this.english = english;
    }

    public ComposedMail autoReply(ContactMessageReceived contact, MailSettings brand) {
        Language language = Language.ofTag(contact.locale());
        MailMessages messages = language == Language.EN ? english : spanish;
        String subject = messages.contactSubject(contact.reference());
        String html = Templates.contactAutoReplyHtml(contact, brand, language.tag()).setLocale(language.locale()).render();
        String text = Templates.contactAutoReplyText(contact, brand, language.tag()).setLocale(language.locale()).render();
        return new ComposedMail(MailKind.CONTACT_AUTO_REPLY, contact.sender().email(), subject, html, text,
                language.tag());
    }

    public ComposedMail salesAlert(ContactMessageReceived contact, MailSettings brand) {
        String subject = "Nuevo mensaje de contacto " + contact.reference() + ": "
                + QuoteMailComposer.oneLine(contact.subject());
        String html = Templates.contactSalesAlertHtml(contact, brand).setLocale(Language.ES.locale()).render();
        String text = Templates.contactSalesAlertText(contact, brand).setLocale(Language.ES.locale()).render();
        return new ComposedMail(MailKind.CONTACT_SALES_ALERT, brand.salesNotificationEmail(), subject, html, text,
                Language.ES.tag());
    }
}
