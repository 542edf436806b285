package com.zivah.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail this service owes because of one event: the durable queue the sender works from, the delivery log
 * staff read, and the second guard (unique {@code event_id} + {@code kind}) against mailing twice for one event.
 * The mail is stored as composed (subject, HTML, text), so a retry or a resend sends exactly that.
 */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MailKind kind;

    @Column(nullable = false)
    public String template;

    @Column(nullable = false)
    public String recipient;

    /** {@link RecipientAddress#key} of the recipient: what the per-recipient limit compares. */
    @Column(name = "recipient_key", nullable = false)
    public String recipientKey;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    /** Set when it is SUPPRESSED: why it was recorded but not mailed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suppression_reason")
    public SuppressionReason suppressionReason;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "quote_number")
    public String quoteNumber;

    /** {@code QUOTE_SENT}: the version of the quote that was sent. */
    @Column(name = "quote_version")
    public Integer quoteVersion;

    /** The file name of its {@link MailAttachment}, when it has one. */
    @Column(name = "attachment_name")
    public String attachmentName;

    /** The contact message's reference for {@code CONTACT_*} mails. */
    @Column(name = "contact_reference")
    public String contactReference;

    @Column(name = "html_body")
    public String htmlBody;

    @Column(name = "text_body")
    public String textBody;

    /** PENDING: when the sender may try it next (while a sender holds it: the end of that sender's lease). */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** A PENDING mail still failing after this instant becomes FAILED. */
    @Column(name = "give_up_at")
    public Instant giveUpAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it was admitted against the recipient limit and the budget; null while suppressed. */
    @Column(name = "admitted_at")
    public Instant admittedAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
