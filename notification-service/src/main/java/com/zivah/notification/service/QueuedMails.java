package com.zivah.notification.service;

import com.zivah.notification.MailKind;
import com.zivah.notification.service.MailAdmission.Decision;
import com.zivah.notification.service.MailAdmission.Outcome;
import java.util.Map;
import java.util.UUID;

/** What consuming one event queued: the decision per mail kind (all DUPLICATE for an event seen before). */
public record QueuedMails(UUID eventId, String reference, Map<MailKind, Decision> decisions) {

    public boolean duplicate() {
        return decisions.values().stream().allMatch(d -> d.outcome() == Outcome.DUPLICATE);
    }

    public Outcome outcome(MailKind kind) {
        return decisions.get(kind).outcome();
    }

    /** Fired (CDI) with the queueing transaction; the sender wakes once it committed. */
    public record Committed(int mails) {
    }
}
