package com.zivah.quote.repository;

import com.zivah.quote.ProductSnapshot;
import com.zivah.quote.event.ProductChanged;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProductSnapshotRepository implements PanacheRepositoryBase<ProductSnapshot, Long> {

    /**
     * Inserts the product or overwrites it only when the event's version is newer, in one statement:
     * safe against reordered and concurrent deliveries without reading first. Returns true when a row changed.
     */
    public boolean upsertIfNewer(ProductChanged e) {
        int changed = getEntityManager().createNativeQuery("""
                        insert into product_snapshot (product_id, sku, name_es, name_en, unit, price, currency,
                                                      price_on_request, active, version, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        on conflict (product_id) do update set
                            sku = excluded.sku, name_es = excluded.name_es, name_en = excluded.name_en,
                            unit = excluded.unit, price = excluded.price, currency = excluded.currency,
                            price_on_request = excluded.price_on_request, active = excluded.active,
                            version = excluded.version, updated_at = excluded.updated_at
                        where product_snapshot.version < excluded.version
                        """)
                .setParameter(1, e.productId())
                .setParameter(2, e.sku())
                .setParameter(3, e.nameEs())
                .setParameter(4, e.nameEn())
                .setParameter(5, e.unit())
                .setParameter(6, e.price())
                .setParameter(7, e.currency())
                .setParameter(8, Boolean.TRUE.equals(e.priceOnRequest()))
                .setParameter(9, e.active())
                .setParameter(10, e.version())
                .setParameter(11, e.occurredAt())
                .executeUpdate();
        return changed == 1;
    }

    public Map<Long, ProductSnapshot> mapByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ProductSnapshot> found = list("productId in ?1", ids);
        return found.stream().collect(Collectors.toMap(p -> p.productId, Function.identity()));
    }
}
