package com.zivah.catalog.repository;

import com.zivah.catalog.RetiredProduct;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RetiredProductRepository implements PanacheRepositoryBase<RetiredProduct, Long> {

    public Optional<RetiredProduct> findBySku(String sku) {
        return find("sku", sku).firstResultOptional();
    }

    public Optional<RetiredProduct> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
