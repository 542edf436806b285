package com.zivah.quote.repository;

import com.zivah.quote.ContactMessage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ContactMessageRepository implements PanacheRepositoryBase<ContactMessage, Long> {

    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    public Optional<ContactMessage> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** One page, newest first; {@code handled} null: all, else only handled (true) or unhandled (false) ones. */
    public PanacheQuery<ContactMessage> newestFirst(Boolean handled, int page, int size) {
        PanacheQuery<ContactMessage> query;
        if (handled == null) {
            query = findAll(NEWEST_FIRST);
        } else if (handled) {
            query = find("handledAt is not null", NEWEST_FIRST);
        } else {
            query = find("handledAt is null", NEWEST_FIRST);
        }
        return query.page(Page.of(page, size));
    }
}
