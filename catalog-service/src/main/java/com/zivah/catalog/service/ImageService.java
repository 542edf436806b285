package com.zivah.catalog.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zivah.catalog.ImageBlob;
import com.zivah.catalog.ImageVariant;
import com.zivah.catalog.Product;
import com.zivah.catalog.ProductImage;
import com.zivah.catalog.api.ImageOrderRequest;
import com.zivah.catalog.api.ImageUpload;
import com.zivah.catalog.api.LocalizedText;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.config.CatalogConfig;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.image.DemoIllustration;
import com.zivah.catalog.image.ImageFormat;
import com.zivah.catalog.image.ImagePipeline;
import com.zivah.catalog.image.ImageRejected;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.repository.ImageBlobRepository;
import com.zivah.catalog.repository.ProductImageRepository;
import com.zivah.catalog.repository.ProductRepository;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Product images: upload (through {@link ImagePipeline}), order, delete, and serving their bytes. Every change of a
 * product's images is a change of the product: the next version, its ProductChanged in the outbox and an activity log
 * entry (the product view before and after), all in the change's transaction, under the product's row lock. A refused
 * upload stores nothing: the pipeline runs before anything is written.
 */
@ApplicationScoped
@Transactional
public class ImageService {

    /** A served file name: the SHA-256 of the bytes and the format's extension. */
    static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{64})\\.(webp|jpg|png)");

    private static final Logger LOG = Logger.getLogger(ImageService.class);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

    /** Bytes and media type of one served file. */
    public record StoredImage(String sha256, String mediaType, byte[] bytes) {
    }

    private final ProductRepository products;
    private final ProductImageRepository images;
    private final ImageBlobRepository blobs;
    private final CatalogConfig.Images config;
    private final ImagePipeline pipeline;
    private final Cache<String, StoredImage> served;
    private final ProductService productChanges;

    public ImageService(ProductRepository products, ProductImageRepository images, ImageBlobRepository blobs,
                        CatalogConfig config, ProductService productChanges) {
        this.productChanges = productChanges;
        this.products = products;
        this.images = images;
        this.blobs = blobs;
        this.config = config.images();
        this.pipeline = new ImagePipeline(this.config.maxPixels(), this.config.maxConcurrentDecodes(),
                this.config.webpQuality(), this.config.jpegQuality());
        this.served = Caffeine.newBuilder()
                .maximumWeight(this.config.cacheSize().asLongValue())
                .weigher((String name, StoredImage image) -> image.bytes().length)
                .build();
    }

    /**
     * Adds the uploaded picture after the product's others (the first one becomes primary): 413 over the size limit,
     * 400 naming {@code file} when it is not an acceptable image, 409 when {@code version} is not the current one.
     */
    public ProductView upload(long productId, ImageUpload upload, RequestOrigin origin) {
        if (upload.file() == null) {
            throw ProblemException.invalid("file", "{catalog.image.missing}");
        }
        long max = config.maxUploadSize().asLongValue();
        if (upload.size() > max) {
            throw new ProblemException(413, "http-413", "Request Entity Too Large",
                    "The image is larger than " + max + " bytes",
                    List.of(Problem.FieldError.of("file", "{zivah.file.max-bytes}", "max", max)));
        }
        Long version = version(upload.version());
        String altEs = alt("altEs", upload.altEs());
        String altEn = alt("altEn", upload.altEn());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        if (bytes.length > max) {
            throw ProblemException.invalid("file", "{zivah.file.max-bytes}", "max", max);
        }
        ImagePipeline.Result result = process(bytes);

        Product product = lockAt(productId, version);
        ProductView before = CatalogMapper.toView(product);
        ProductImage image = store(product, result, ImagePipeline.sha256(bytes), altEs, altEn);
        ProductView after = publish(product, before, "product.image-added", origin);
        LOG.infof("Product %d: image %d added (%dx%d), version %d", product.id, image.id, image.width, image.height,
                product.version);
        return after;
    }

    /** Puts the product's images in the order of the request; the first becomes primary. */
    public ProductView reorder(long productId, ImageOrderRequest request, RequestOrigin origin) {
        Product product = lockAt(productId, request.version());
        ProductView before = CatalogMapper.toView(product);
        if (!product.reorderImages(request.imageIds())) {
            throw ProblemException.invalid("imageIds", "{catalog.image.order}", "ids",
                    product.images.stream().map(i -> i.id).toList());
        }
        ProductView after = publish(product, before, "product.images-reordered", origin);
        return after;
    }

    /** Removes image {@code imageId} of the product; when it was primary, the next one becomes primary. */
    public ProductView delete(long productId, long imageId, String version, RequestOrigin origin) {
        Product product = lockAt(productId, version(version));
        ProductImage image = product.image(imageId).orElseThrow(() -> ProblemException.notFound("Image", imageId));
        ProductView before = CatalogMapper.toView(product);
        List<String> hashes = image.variants.stream().map(v -> v.blobSha256).toList();
        product.removeImage(image);
        images.flush(); // the variant rows go before their blobs are looked at
        blobs.deleteUnused(hashes);
        // this replica stops serving them from memory at once (others when their cache evicts them; the names are
        // content hashes, so a cached file is never wrong, only kept longer)
        image.variants.forEach(v -> served.invalidate(v.blobSha256 + "." + extension(v.format)));
        ProductView after = publish(product, before, "product.image-removed", origin);
        LOG.infof("Product %d: image %d removed, version %d", product.id, imageId, product.version);
        return after;
    }

    /** A demo product's picture to draw: its category's icon and its name. */
    public record DemoPicture(String icon, String name) {
    }

    /**
     * Draws the demo catalog's pictures (category colour, icon, name) and makes their variants through the same
     * pipeline as an upload, in parallel (CPU only, nothing stored): in the order of {@code pictures}.
     */
    public List<ImagePipeline.Result> drawDemoPictures(List<DemoPicture> pictures) {
        return pictures.parallelStream()
                .map(p -> pipeline.process(DemoIllustration.draw(p.icon(), p.name())))
                .toList();
    }

    /**
     * Gives a product of the demo catalog its picture (from {@link #drawDemoPictures}) as part of its creation: no
     * further version, the picture belongs to version 1 (its ProductChanged carries no images).
     */
    public void attachDemoImage(long productId, ImagePipeline.Result picture, LocalizedText alt) {
        Product product = products.findById(productId);
        // no uploaded bytes: the drawn original is identified by its large fallback variant (the last one)
        store(product, picture, picture.variants().get(picture.variants().size() - 1).sha256(), alt.es(), alt.en());
    }

    /**
     * The bytes of a served file name ({@code <sha256>.<ext>}): 400 when malformed, 404 when unknown. No transaction
     * of its own (a cached file needs none; a miss is one read).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredImage read(String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw ProblemException.invalid("name", "{catalog.image.file-name}");
        }
        StoredImage image = served.getIfPresent(fileName);
        if (image != null) {
            return image;
        }
        String sha256 = name.group(1);
        ImageFormat format = ImageFormat.servedByExtension(name.group(2)).orElseThrow();
        Optional<ImageBlob> blob = blobs.find(sha256).filter(b -> b.contentType.equals(format.mediaType));
        if (blob.isEmpty()) {
            throw ProblemException.notFound("Image", fileName);
        }
        image = new StoredImage(sha256, format.mediaType, blob.get().bytes);
        served.put(fileName, image);
        return image;
    }

    private ImagePipeline.Result process(byte[] bytes) {
        try {
            return pipeline.process(bytes);
        } catch (ImageRejected e) {
            throw ProblemException.invalid("file", "{catalog.image.rejected}", "reason", e.getMessage());
        } catch (ImagePipeline.Busy e) {
            throw new ProblemException(503, "busy", "Service Unavailable",
                    "Too many images are being processed; try again shortly", List.of());
        }
    }

    private ProductImage store(Product product, ImagePipeline.Result result, String originalSha256, String altEs,
                               String altEn) {
        ProductImage image = new ProductImage();
        image.width = result.width();
        image.height = result.height();
        image.altEs = altEs;
        image.altEn = altEn;
        image.originalSha256 = originalSha256;
        image.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (ImagePipeline.Variant v : result.variants()) {
            blobs.storeIfAbsent(v.sha256(), v.format().mediaType, v.width(), v.height(), v.bytes());
            ImageVariant variant = new ImageVariant();
            variant.name = v.size().apiName;
            variant.format = v.format().apiName;
            variant.width = v.width();
            variant.height = v.height();
            variant.blobSha256 = v.sha256();
            image.variants.add(variant);
        }
        product.addImage(image);
        images.persist(image); // identity column: the id (in the views) is assigned here
        return image;
    }

    /** A picture change is a product change: recorded by ProductService's one path (version, event, activity). */
    private ProductView publish(Product product, ProductView before, String action, RequestOrigin origin) {
        images.flush(); // new images and variants get their ids before the view is taken
        return productChanges.recordChange(product, before, action, origin);
    }

    private Product lockAt(long productId, Long version) {
        Product product = products.findForUpdate(productId)
                .orElseThrow(() -> ProblemException.notFound("Product", productId));
        if (version != null && !product.isAtVersion(version)) {
            throw ProblemException.conflict("Product " + productId + " was changed meanwhile (now version "
                    + product.version + ", the change was based on " + version + "); reload it and try again");
        }
        return product;
    }

    private static String extension(String format) {
        return "jpeg".equals(format) ? "jpg" : format;
    }

    private static Long version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long version = Long.parseLong(text.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.invalid("version", "{catalog.version.product}");
    }

    private static String alt(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String alt = text.strip();
        if (alt.length() > ProductImage.MAX_ALT_LENGTH) {
            throw ProblemException.invalid(field, "{zivah.text.max-length}", "max", ProductImage.MAX_ALT_LENGTH);
        }
        if (CONTROL.matcher(alt).find()) {
            throw ProblemException.invalid(field, "{zivah.text.control}");
        }
        return alt;
    }
}
