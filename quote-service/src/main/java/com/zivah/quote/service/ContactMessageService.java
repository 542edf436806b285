package com.zivah.quote.service;

import com.zivah.platform.activity.ActivityLog;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.ContactMessage;
import com.zivah.quote.api.ContactMessageCreated;
import com.zivah.quote.api.ContactMessageDetail;
import com.zivah.quote.api.ContactMessageRequest;
import com.zivah.quote.api.ContactMessageSummary;
import com.zivah.quote.api.Idempotent;
import com.zivah.quote.event.ContactMessageReceived;
import com.zivah.quote.mapping.ContactMessageMapper;
import com.zivah.quote.repository.ContactMessageRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class ContactMessageService {

    private static final Logger LOG = Logger.getLogger(ContactMessageService.class);

    private final ContactMessageRepository messages;
    private final ContactReferenceAllocator references;
    private final Outbox outbox;
    private final IdempotencyService idempotency;
    private final ActivityLog activity;

    public ContactMessageService(ContactMessageRepository messages, ContactReferenceAllocator references,
                                 Outbox outbox, IdempotencyService idempotency, ActivityLog activity) {
        this.activity = activity;
        this.messages = messages;
        this.references = references;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /**
     * Stores a contact message and, in the same transaction, ContactMessageReceived for the outbox. With an
     * {@code idempotencyKey}, a repeat with the same key and body replays the first answer (like quotes).
     */
    public Idempotent<ContactMessageCreated> receive(ContactMessageRequest request, String idempotencyHeader) {
        Optional<String> idempotencyKey = idempotency.parse(idempotencyHeader);
        if (idempotencyKey.isPresent()) {
            Optional<String> earlier = idempotency.claim(IdempotencyService.Scope.CONTACT, idempotencyKey.get(),
                    request);
            if (earlier.isPresent()) {
                ContactMessage message = messages.findByReference(earlier.get())
                        .orElseThrow(() -> new IllegalStateException("Contact message " + earlier.get() + " is gone"));
                return new Idempotent<>(ContactMessageMapper.toCreated(message), true);
            }
        }
        Instant now = Instant.now();
        ContactMessage message = ContactMessage.receive(references.next(now),
                new ContactMessage.Sender(request.name(), request.email(), request.phone(), request.company()),
                request.subject(), request.message(), request.locale(), now);
        messages.persist(message);
        idempotencyKey.ifPresent(key -> idempotency.complete(IdempotencyService.Scope.CONTACT, key, message.reference));

        UUID eventId = UUID.randomUUID();
        outbox.enqueue(ContactMessageReceived.TOPIC, message.reference, ContactMessageReceived.TYPE, eventId,
                ContactMessageMapper.toReceived(message, eventId));
        LOG.infof("Contact message %s received", message.reference);
        return new Idempotent<>(ContactMessageMapper.toCreated(message), false);
    }

    public PageResponse<ContactMessageSummary> list(Boolean handled, PageRequest paging) {
        PanacheQuery<ContactMessage> query = messages.newestFirst(handled, paging.page, paging.size);
        return PageResponse.of(query.list().stream().map(ContactMessageMapper::toSummary).toList(), paging,
                query.count());
    }

    public ContactMessageDetail get(String reference) {
        return ContactMessageMapper.toDetail(find(reference));
    }

    /**
     * Marks it handled by the origin's actor (recorded in the activity log); already handled: unchanged (who handled
     * it first stays, nothing recorded).
     */
    public ContactMessageDetail markHandled(String reference, RequestOrigin origin) {
        ContactMessage message = find(reference);
        ContactMessageDetail before = ContactMessageMapper.toDetail(message);
        if (message.markHandled(origin.actor(), Instant.now())) {
            LOG.infof("Contact message %s handled by %s", reference, origin.actor());
            ContactMessageDetail after = ContactMessageMapper.toDetail(message);
            activity.record(origin, "contact-message.handled", "contact-message", reference, before, after);
            return after;
        }
        return before;
    }

    private ContactMessage find(String reference) {
        return messages.findByReference(reference)
                .orElseThrow(() -> ProblemException.notFound("Contact message", reference));
    }
}
