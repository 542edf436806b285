package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The bytes of one encoded image, stored once and named by their SHA-256 (the served file name and the ETag), so they
 * never change. Written only by repository/ImageBlobRepository's insert-if-absent; read when a replica serves it.
 */
@Entity
@Table(name = "image_blob")
public class ImageBlob extends PanacheEntityBase {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    @Column(name = "content_type", nullable = false, length = 20, updatable = false)
    public String contentType;

    @Column(nullable = false, updatable = false)
    public int width;

    @Column(nullable = false, updatable = false)
    public int height;

    @Column(name = "byte_size", nullable = false, updatable = false)
    public int byteSize;

    @Column(nullable = false, updatable = false, columnDefinition = "bytea")
    public byte[] bytes;

    @Column(name = "created_at", nullable = false, updatable = false, insertable = false)
    public Instant createdAt;
}
