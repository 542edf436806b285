package com.zivah.quote.mapping;

import com.zivah.quote.ContactMessage;
import com.zivah.quote.api.ContactMessageCreated;
import com.zivah.quote.api.ContactMessageDetail;
import com.zivah.quote.api.ContactMessageSummary;
import com.zivah.quote.event.ContactMessageReceived;
import java.util.UUID;

/** A contact message as the REST API and the ContactMessageReceived event show it. */
public final class ContactMessageMapper {

    private ContactMessageMapper() {
    }

    public static ContactMessageCreated toCreated(ContactMessage m) {
        return new ContactMessageCreated(m.reference, m.createdAt);
    }

    public static ContactMessageSummary toSummary(ContactMessage m) {
        return new ContactMessageSummary(m.reference, m.name, m.email, m.company, m.subject, m.locale, m.createdAt,
                m.handled(), m.handledAt, m.handledBy);
    }

    public static ContactMessageDetail toDetail(ContactMessage m) {
        return new ContactMessageDetail(m.reference, m.name, m.email, m.phone, m.company, m.subject, m.message,
                m.locale, m.createdAt, m.handled(), m.handledAt, m.handledBy);
    }

    public static ContactMessageReceived toReceived(ContactMessage m, UUID eventId) {
        return new ContactMessageReceived(eventId, m.createdAt, m.id, m.reference, m.locale,
                new ContactMessageReceived.Sender(m.name, m.email, m.phone, m.company), m.subject, m.message);
    }
}
