package com.zivah.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The file a queued mail carries (V4__quote_sent_mail.sql): the exact bytes of the event (a quote's PDF), stored with
 * its {@link MailDelivery} in the consuming transaction, so every attempt and every resend sends the same file.
 */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    /** The id of its {@link MailDelivery} (one attachment per mail). */
    @Id
    @Column(name = "delivery_id")
    public Long deliveryId;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(nullable = false, updatable = false)
    public byte[] content;

    /** Hex SHA-256 of {@link #content}. */
    @Column(nullable = false, updatable = false)
    public String sha256;
}
