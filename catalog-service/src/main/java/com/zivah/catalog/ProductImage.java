package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One picture of a product (V6__product_images.sql): its position, whether it is the primary one, its alt texts,
 * its size (after the EXIF orientation) and its {@link #variants}, whose bytes are {@code image_blob} rows. Order and
 * primary are kept by {@link Product#addImage}, {@link Product#removeImage} and {@link Product#reorderImages}.
 */
@Entity
@Table(name = "product_image")
public class ProductImage extends PanacheEntityBase {

    public static final int MAX_ALT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    public Product product;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "is_primary", nullable = false)
    public boolean primary;

    @Column(name = "alt_es", length = MAX_ALT_LENGTH)
    public String altEs;

    @Column(name = "alt_en", length = MAX_ALT_LENGTH)
    public String altEn;

    @Column(nullable = false, updatable = false)
    public int width;

    @Column(nullable = false, updatable = false)
    public int height;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "original_sha256", nullable = false, length = 64, updatable = false)
    public String originalSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_image_variant", joinColumns = @JoinColumn(name = "image_id"))
    @BatchSize(size = 100)
    public List<ImageVariant> variants = new ArrayList<>();
}
