package com.zivah.quote;

import com.zivah.platform.i18n.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A message sent through the public contact form, stored (not just mailed) so staff can list it and mark it
 * handled. {@link #receive} creates one as the visitor sent it; {@link #markHandled} records who dealt with it.
 */
@Entity
@Table(name = "contact_message")
public class ContactMessage extends PanacheEntityBase {

    /** Longest subject and message. */
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_MESSAGE = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code ZM-<year>-<6+ digits>}, from its own sequence (see {@code ContactReferenceAllocator}). */
    @Column(nullable = false, unique = true, length = 20)
    public String reference;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(length = 50)
    public String phone;

    public String company;

    @Column(nullable = false, length = MAX_SUBJECT)
    public String subject;

    @Column(nullable = false, length = MAX_MESSAGE)
    public String message;

    @Column(nullable = false, length = 2)
    public String locale;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    @Column(name = "handled_by")
    public String handledBy;

    /** Who wrote: as typed (trimmed here; blank optional fields are absent). */
    public record Sender(String name, String email, String phone, String company) {
    }

    /**
     * A message as the visitor sent it, received {@code at} (in microseconds, what PostgreSQL stores), in the
     * visitor's language (Spanish when none is given), not handled yet.
     */
    public static ContactMessage receive(String reference, Sender sender, String subject, String message,
                                         String localeTag, Instant at) {
        ContactMessage m = new ContactMessage();
        m.reference = reference;
        m.name = sender.name().strip();
        m.email = sender.email().strip();
        m.phone = optional(sender.phone());
        m.company = optional(sender.company());
        m.subject = subject.strip();
        m.message = message.strip();
        if (m.subject.isEmpty() || m.subject.length() > MAX_SUBJECT || m.message.isEmpty()
                || m.message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("Subject and message must be 1.." + MAX_SUBJECT + " and 1.."
                    + MAX_MESSAGE + " characters");
        }
        m.locale = Language.ofTag(localeTag).tag();
        m.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        return m;
    }

    public boolean handled() {
        return handledAt != null;
    }

    /**
     * Marks it handled by {@code user} {@code at}; marking a handled message again keeps who handled it first
     * and when (returns false then).
     */
    public boolean markHandled(String user, Instant at) {
        if (handled()) {
            return false;
        }
        handledAt = at.truncatedTo(ChronoUnit.MICROS);
        handledBy = user;
        return true;
    }

    private static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
