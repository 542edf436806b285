package com.zivah.quote.repository;

import com.zivah.quote.ProductSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProductSnapshotRepository implements PanacheRepositoryBase<ProductSnapshot, Long> {

    /**
     * Inserts the product or overwrites it only when {@code snapshot} has a newer version, in one statement:
     * safe against reordered and concurrent deliveries without reading first. Returns true when a row changed.
     */
    public boolean upsertIfNewer(ProductSnapshot snapshot) {
        int changed = getEntityManager().createNativeQuery("""
                        insert into product_snapshot (product_id, sku, name_es, name_en, unit, price, currency,
                                                      price_on_request, active, version, updated_at, min_order_quantity)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        on conflict (product_id) do update set
                            sku = excluded.sku, name_es = excluded.name_es, name_en = excluded.name_en,
                            unit = excluded.unit, price = excluded.price, currency = excluded.currency,
                            price_on_request = excluded.price_on_request, active = excluded.active,
                            version = excluded.version, updated_at = excluded.updated_at,
                            min_order_quantity = excluded.min_order_quantity
                        where product_snapshot.version < excluded.version
                        """)
                .setParameter(1, snapshot.productId)
                .setParameter(2, snapshot.sku)
                .setParameter(3, snapshot.nameEs)
                .setParameter(4, snapshot.nameEn)
                .setParameter(5, snapshot.unit)
                .setParameter(6, snapshot.price)
                .setParameter(7, snapshot.currency)
                .setParameter(8, snapshot.priceOnRequest)
                .setParameter(9, snapshot.active)
                .setParameter(10, snapshot.version)
                .setParameter(11, snapshot.updatedAt)
                .setParameter(12, new TypedParameterValue<>(StandardBasicTypes.INTEGER, snapshot.minOrderQuantity))
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
