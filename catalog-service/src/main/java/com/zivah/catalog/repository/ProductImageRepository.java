package com.zivah.catalog.repository;

import com.zivah.catalog.ProductImage;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Product images; a product's images are read through {@code Product.images}. */
@ApplicationScoped
public class ProductImageRepository implements PanacheRepository<ProductImage> {
}
