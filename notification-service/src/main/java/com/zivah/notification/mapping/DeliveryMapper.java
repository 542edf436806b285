package com.zivah.notification.mapping;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.api.DeliveryView;

/** The delivery log entity as the API shows it. */
public final class DeliveryMapper {

    private DeliveryMapper() {
    }

    public static DeliveryView toView(MailDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.kind, d.quoteNumber, d.contactReference, d.template, d.recipient,
                d.subject, d.locale, d.status, d.suppressionReason, d.attempts, d.lastError, d.createdAt, d.updatedAt,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.sentAt, d.quoteVersion, d.attachmentName);
    }
}
