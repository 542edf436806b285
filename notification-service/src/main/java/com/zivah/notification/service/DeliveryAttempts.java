package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailAttachment;
import com.zivah.notification.repository.MailAttachmentRepository;
import com.zivah.notification.repository.MailDeliveryRepository;
import com.zivah.notification.repository.MailDeliveryRepository.Claimed;
import com.zivah.notification.repository.MailDeliveryRepository.QueueStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The sender's steps on the queue, each its own short transaction (never one across the SMTP hand-off). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryAttempts {

    private final MailDeliveryRepository deliveries;
    private final MailAttachmentRepository attachments;

    public DeliveryAttempts(MailDeliveryRepository deliveries, MailAttachmentRepository attachments) {
        this.deliveries = deliveries;
        this.attachments = attachments;
    }

    public List<Claimed> claim(int max, long leaseMillis, String claimant) {
        return deliveries.claimDue(max, leaseMillis, claimant);
    }

    /** The file a claimed mail carries (read before the SMTP hand-off, in its own short transaction). */
    public Optional<MailAttachment> attachment(long deliveryId) {
        return attachments.findByIdOptional(deliveryId);
    }

    public int releaseLeasesOf(String claimant) {
        return deliveries.releaseLeasesOf(claimant);
    }

    public boolean sent(long id) {
        return deliveries.markSent(id);
    }

    public Optional<DeliveryStatus> failed(long id, String error, long backoffMillis) {
        return deliveries.recordFailure(id, error, backoffMillis);
    }

    public QueueStats stats() {
        return deliveries.stats();
    }
}
