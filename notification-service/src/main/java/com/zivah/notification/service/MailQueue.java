package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailAttachment;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.MailKind;
import com.zivah.notification.RecipientAddress;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.event.ContactMessageReceived;
import com.zivah.notification.event.QuoteSent;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.notification.repository.MailAttachmentRepository;
import com.zivah.notification.repository.MailDeliveryRepository;
import com.zivah.notification.service.MailAdmission.Decision;
import com.zivah.platform.inbox.ProcessedEvents;
import com.zivah.platform.settings.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Consuming an event is this one short transaction: the {@code processed_event} guard, then one
 * {@code mail_delivery} row per mail, composed now (subject, HTML, text) and PENDING due now, or SUPPRESSED by a
 * limit. Nothing here talks to SMTP: {@link MailSender} sends the rows after the commit. A redelivered event finds
 * its guard row and queues nothing; a concurrent duplicate waits on the guard row's lock and then queues nothing;
 * unique (event id, kind) is the second guard.
 */
@ApplicationScoped
@Transactional
public class MailQueue {

    /** The consumer names in {@code processed_event}. */
    public static final String QUOTE_CONSUMER = "notification-service.quote-submitted";
    public static final String CONTACT_CONSUMER = "notification-service.contact-received";
    public static final String QUOTE_SENT_CONSUMER = "notification-service.quote-sent";

    private final ProcessedEvents processedEvents;
    private final MailDeliveryRepository deliveries;
    private final MailAttachmentRepository attachments;
    private final MailAdmission admission;
    private final SiteSettings settings;
    private final QuoteMailComposer quoteMails;
    private final ContactMailComposer contactMails;
    private final Event<QueuedMails.Committed> committed;
    private final Duration giveUpAfter;

    public MailQueue(ProcessedEvents processedEvents, MailDeliveryRepository deliveries,
                     MailAttachmentRepository attachments, MailAdmission admission, SiteSettings settings,
                     QuoteMailComposer quoteMails, ContactMailComposer contactMails,
                     Event<QueuedMails.Committed> committed, MailConfig config) {
        this.processedEvents = processedEvents;
        this.deliveries = deliveries;
        this.attachments = attachments;
        this.admission = admission;
        this.settings = settings;
        this.quoteMails = quoteMails;
        this.contactMails = contactMails;
        this.committed = committed;
        this.giveUpAfter = config.sender().giveUpAfter();
    }

    public QueuedMails acceptQuote(QuoteSubmitted event) {
        if (!processedEvents.firstTime(QUOTE_CONSUMER, event.eventId())) {
            return duplicate(event.eventId(), event.quoteNumber(), MailKind.QUOTE_CONFIRMATION, MailKind.QUOTE_SALES_ALERT);
        }
        MailSettings brand = MailSettings.current(settings);
        List<ComposedMail> mails = List.of(quoteMails.confirmation(event, brand), quoteMails.salesAlert(event, brand));
        return queue(event.eventId(), event.quoteNumber(), null, null, mails);
    }

    /**
     * The priced quote staff sent: one mail to the buyer with the PDF attached, never limited (staff, not a visitor,
     * caused it). A redelivered event queues nothing.
     */
    public QueuedMails acceptQuoteSent(QuoteSent event) {
        if (!processedEvents.firstTime(QUOTE_SENT_CONSUMER, event.eventId())) {
            return duplicate(event.eventId(), event.quoteNumber(), MailKind.QUOTE_SENT);
        }
        List<ComposedMail> mails = List.of(quoteMails.sent(event, MailSettings.current(settings)));
        return queue(event.eventId(), event.quoteNumber(), null, event.version(), mails);
    }

    public QueuedMails acceptContact(ContactMessageReceived event) {
        if (!processedEvents.firstTime(CONTACT_CONSUMER, event.eventId())) {
            return duplicate(event.eventId(), event.reference(), MailKind.CONTACT_AUTO_REPLY, MailKind.CONTACT_SALES_ALERT);
        }
        MailSettings brand = MailSettings.current(settings);
        List<ComposedMail> mails = List.of(contactMails.autoReply(event, brand), contactMails.salesAlert(event, brand));
        return queue(event.eventId(), event.reference(), event.reference(), null, mails);
    }

    private QueuedMails queue(UUID eventId, String reference, String contactReference, Integer quoteVersion,
                              List<ComposedMail> mails) {
        Instant now = Instant.now();
        Map<MailKind, Decision> decisions = new EnumMap<>(MailKind.class);
        int pending = 0;
        for (ComposedMail mail : mails) {
            MailDelivery delivery = newDelivery(eventId, mail, now);
            delivery.quoteNumber = contactReference == null ? reference : null;
            delivery.contactReference = contactReference;
            delivery.quoteVersion = quoteVersion;
            Decision decision = mail.kind().limited() ? admission.admit(delivery, now) : Decision.ADMITTED;
            if (decision.outcome() == MailAdmission.Outcome.ADMITTED) {
                delivery.status = DeliveryStatus.PENDING;
                pending++;
            }
            deliveries.persist(delivery);
            if (mail.attachment() != null) {
                attachments.persist(attachment(delivery, mail.attachment()));
            }
            decisions.put(mail.kind(), decision);
        }
        if (pending > 0) {
            committed.fire(new QueuedMails.Committed(pending));
        }
        return new QueuedMails(eventId, reference, decisions);
    }

    private MailDelivery newDelivery(UUID eventId, ComposedMail mail, Instant now) {
        MailDelivery delivery = new MailDelivery();
        delivery.eventId = eventId;
        delivery.kind = mail.kind();
        delivery.template = mail.kind().template();
        delivery.recipient = mail.recipient();
        delivery.recipientKey = RecipientAddress.key(mail.recipient());
        delivery.subject = mail.subject();
        delivery.htmlBody = mail.html();
        delivery.textBody = mail.text();
        delivery.locale = mail.locale();
        delivery.attachmentName = mail.attachment() == null ? null : mail.attachment().fileName();
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(giveUpAfter);
        return delivery;
    }

    private static MailAttachment attachment(MailDelivery delivery, ComposedMail.Attachment file) {
        MailAttachment attachment = new MailAttachment();
        attachment.deliveryId = delivery.id;
        attachment.fileName = file.fileName();
        attachment.contentType = file.contentType();
        attachment.content = file.content();
        attachment.sha256 = file.sha256();
        return attachment;
    }

    private static QueuedMails duplicate(UUID eventId, String reference, MailKind... kinds) {
        Map<MailKind, Decision> decisions = new EnumMap<>(MailKind.class);
        for (MailKind kind : kinds) {
            decisions.put(kind, Decision.DUPLICATE);
        }
        return new QueuedMails(eventId, reference, decisions);
    }
}
