package com.zivah.quote.mapping;

import com.zivah.quote.ProductSnapshot;
import com.zivah.quote.event.ProductChanged;

/** A ProductChanged event as the row of the local product snapshot it stands for (not persisted here). */
public final class ProductSnapshotMapper {

    private ProductSnapshotMapper() {
    }

    public static ProductSnapshot toSnapshot(ProductChanged event) {
        ProductSnapshot snapshot = new ProductSnapshot();
        snapshot.productId = event.productId();
        snapshot.sku = event.sku();
        snapshot.nameEs = event.nameEs();
        snapshot.nameEn = event.nameEn();
        snapshot.unit = event.unit();
        snapshot.price = event.price();
        snapshot.currency = event.currency();
        snapshot.priceOnRequest = Boolean.TRUE.equals(event.priceOnRequest());
        snapshot.active = event.quotable();
        snapshot.minOrderQuantity = event.minOrderQuantity();
        snapshot.version = event.version();
        snapshot.updatedAt = event.occurredAt();
        return snapshot;
    }
}
