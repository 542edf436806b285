package com.zivah.notification.repository;

import com.zivah.notification.MailAttachment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The files queued mails carry, by delivery id. */
@ApplicationScoped
public class MailAttachmentRepository implements PanacheRepositoryBase<MailAttachment, Long> {
}
