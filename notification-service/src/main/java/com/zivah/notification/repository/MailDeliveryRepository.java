package com.zivah.notification.repository;

import com.zivah.notification.MailDelivery;
import com.zivah.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MailDeliveryRepository implements PanacheRepository<MailDelivery> {

    public Optional<MailDelivery> findByEventId(UUID eventId) {
        return find("eventId", eventId).firstResultOptional();
    }

    /** Newest first; {@code quoteNumber} null means every delivery. */
    public PanacheQuery<MailDelivery> page(String quoteNumber, PageRequest paging) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<MailDelivery> query = quoteNumber == null
                ? findAll(newestFirst)
                : find("quoteNumber", newestFirst, quoteNumber);
        return query.page(Page.of(paging.page, paging.size));
    }
}
