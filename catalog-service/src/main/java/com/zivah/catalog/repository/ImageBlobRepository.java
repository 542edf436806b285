package com.zivah.catalog.repository;

import com.zivah.catalog.ImageBlob;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Image bytes by their SHA-256: written once (identical bytes share a row), read by every replica. */
@ApplicationScoped
public class ImageBlobRepository implements PanacheRepositoryBase<ImageBlob, String> {

    /** Stores the bytes unless a blob with this hash exists already (then they are the same bytes). */
    public void storeIfAbsent(String sha256, String contentType, int width, int height, byte[] bytes) {
        getEntityManager().createNativeQuery("insert into image_blob (sha256, content_type, width, height, byte_size, "
                        + "bytes) values (:sha256, :type, :width, :height, :size, :bytes) on conflict (sha256) do nothing")
                .setParameter("sha256", sha256)
                .setParameter("type", contentType)
                .setParameter("width", width)
                .setParameter("height", height)
                .setParameter("size", bytes.length)
                .setParameter("bytes", bytes)
                // touches only image_blob, which the session never holds changes of: no flush of the session first
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("image_blob")
                .executeUpdate();
    }

    /** The content type and bytes of blob {@code sha256}. */
    public Optional<ImageBlob> find(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /** Deletes those of {@code hashes} that no variant uses any more; returns how many it deleted. */
    public int deleteUnused(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return 0;
        }
        return getEntityManager().createNativeQuery("delete from image_blob b where b.sha256 in (:hashes) and not "
                        + "exists (select 1 from product_image_variant v where v.blob_sha256 = b.sha256)")
                .setParameter("hashes", hashes)
                .executeUpdate();
    }
}
