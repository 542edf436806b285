package com.zivah.quote.service;

import com.zivah.platform.inbox.ProcessedEvents;
import com.zivah.quote.event.ProductChanged;
import com.zivah.quote.mapping.ProductSnapshotMapper;
import com.zivah.quote.repository.ProductSnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class ProductSnapshotService {

    /** Consumer name in processed_event. */
    public static final String CONSUMER = "product-snapshot";

    private final ProcessedEvents processed;
    private final ProductSnapshotRepository snapshots;

    public ProductSnapshotService(ProcessedEvents processed, ProductSnapshotRepository snapshots) {
        this.processed = processed;
        this.snapshots = snapshots;
    }

    /**
     * Applies one event at most once (dedup by event id in the same transaction as the upsert) and never lets
     * an older version replace a newer one. Returns true when the snapshot changed.
     */
    public boolean apply(ProductChanged event) {
        if (!processed.firstTime(CONSUMER, event.eventId())) {
            return false;
        }
        return snapshots.upsertIfNewer(ProductSnapshotMapper.toSnapshot(event));
    }
}
