package com.zivah.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One encoded size of a {@link ProductImage} in one format; its bytes are the {@link ImageBlob} {@link #blobSha256}. */
@Embeddable
public class ImageVariant {

    /** thumbnail, card or large. */
    @Column(nullable = false, length = 20)
    public String name;

    /** webp, jpeg or png. */
    @Column(nullable = false, length = 10)
    public String format;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "blob_sha256", nullable = false, length = 64)
    public String blobSha256;
}
