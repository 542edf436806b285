package com.zivah.catalog.image;

import com.luciad.imageio.webp.WebPReadParam;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into the variants we serve: inspect the structure ({@link ImageContainer}: format by content,
 * polyglots, declared size against the pixel budget, all before decoding), decode (GIF: the first frame), apply the
 * EXIF orientation, then re-encode each size — thumbnail 320, card 640, large 1600 px wide, never upscaled — as WebP
 * plus a JPEG (opaque) or PNG (with transparency) fallback. Re-encoding from pixels drops every metadata block of the
 * original (EXIF, GPS, XMP, comments, text chunks) and anything hidden in them; the original itself is not kept.
 *
 * <p>Memory: at most {@code maxConcurrentDecodes} decodes run at once, and a source over {@value #SOFT_DECODED_PIXELS}
 * pixels is decoded subsampled (JPEG, PNG, GIF) or scaled by libwebp (WebP) while it is read, by the largest whole
 * factor that keeps it at least as wide as the large variant, and in any case to at most {@value #HARD_DECODED_PIXELS}
 * pixels (40 MB): even a 40 MP photo costs a few tens of MB (the service runs with a 192 MB heap). The upload's bytes are read in place
 * ({@link ByteArrayImageInputStream}), never cached again by ImageIO, nor in temporary files.
 * Pure: no beans, no I/O beyond memory; thread-safe.
 */
public final class ImagePipeline {

    /** A variant size: its name in the API and its width (the height keeps the aspect ratio). */
    public enum Size {
        THUMBNAIL("thumbnail", 320), CARD("card", 640), LARGE("large", 1600);

        public final String apiName;
        public final int width;

        Size(String apiName, int width) {
            this.apiName = apiName;
            this.width = width;
        }
    }

    /** One encoded variant; {@code sha256} (lower-case hex) names its file. */
    public record Variant(Size size, ImageFormat format, int width, int height, byte[] bytes, String sha256) {
    }

    /** The upload's oriented dimensions and its variants: every size in WebP and in the fallback format. */
    public record Result(int width, int height, boolean transparent, List<Variant> variants) {
    }

    /** Thrown when the decoders are all busy for longer than the wait. */
    public static class Busy extends RuntimeException {
        Busy() {
            super("all image decoders are busy");
        }
    }

    static final long SOFT_DECODED_PIXELS = 4_000_000;
    static final long HARD_DECODED_PIXELS = 10_000_000;
    /** libwebp's speed/size trade-off (0 fastest .. 6 smallest; its default 4): 2 encodes ~3× faster for ~3% more. */
    private static final int WEBP_METHOD = 2;

    static {
        ImageIO.setUseCache(false);
    }

    private final long maxPixels;
    private final float webpQuality;
    private final float jpegQuality;
    private final Semaphore decoders;

    public ImagePipeline(long maxPixels, int maxConcurrentDecodes, float webpQuality, float jpegQuality) {
        this.maxPixels = maxPixels;
        this.webpQuality = webpQuality;
        this.jpegQuality = jpegQuality;
        this.decoders = new Semaphore(maxConcurrentDecodes, true);
        if (!ImageIO.getImageWritersByMIMEType(ImageFormat.WEBP.mediaType).hasNext()) {
            throw new IllegalStateException("No WebP ImageIO writer on the class path");
        }
    }

    /** The variants of {@code upload}; throws {@link ImageRejected} when it is not an acceptable image. */
    public Result process(byte[] upload) {
        ImageContainer.Info info = ImageContainer.inspect(upload);
        if ((long) info.width() * info.height() > maxPixels) {
            throw new ImageRejected("the image declares " + info.width() + "×" + info.height()
                    + " pixels, over the budget of " + maxPixels + " pixels");
        }
        BufferedImage decoded;
        try {
            if (!decoders.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            decoded = decode(upload, info);
        } finally {
            decoders.release();
        }
        BufferedImage oriented = orient(decoded, info.orientation());
        decoded = null; // the decoded raster may go before the variants are made
        // the picture's size is the original's (turned), even when it was decoded subsampled
        return variants(oriented, info.swapsAxes() ? info.height() : info.width(),
                info.swapsAxes() ? info.width() : info.height());
    }

    /** The variants of an image drawn here (the demo catalog's illustrations): the same sizes and formats. */
    public Result process(BufferedImage image) {
        return variants(normalized(image, image.getColorModel().hasAlpha()), image.getWidth(), image.getHeight());
    }

    private Result variants(BufferedImage source, int originalWidth, int originalHeight) {
        boolean transparent = hasTransparency(source);
        List<Variant> variants = new ArrayList<>();
        BufferedImage previous = source;
        // from the largest down: each size is scaled from the one above it (less work, same quality); scaling draws
        // into an int RGB (or ARGB, with transparency) raster, an unscaled source is converted to one
        for (Size size : List.of(Size.LARGE, Size.CARD, Size.THUMBNAIL)) {
            BufferedImage scaled = scaleToWidth(previous, Math.min(size.width, source.getWidth()), transparent);
            if (scaled == source) {
                scaled = normalized(source, transparent);
            }
            variants.add(encode(size, ImageFormat.WEBP, scaled));
            variants.add(encode(size, transparent ? ImageFormat.PNG : ImageFormat.JPEG, scaled));
            previous = scaled;
        }
        // thumbnail, card, large; per size WebP first, then the fallback
        variants.sort(Comparator.comparing(Variant::size).thenComparing(v -> v.format() != ImageFormat.WEBP));
        return new Result(originalWidth, originalHeight, transparent, List.copyOf(variants));
    }

    private BufferedImage decode(byte[] upload, ImageContainer.Info info) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(info.format().mediaType);
        if (!readers.hasNext()) {
            throw new ImageRejected("no decoder for " + info.format().apiName);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new ByteArrayImageInputStream(upload)) {
            reader.setInput(in, true, true);
            // the JPEG decoder reports damaged data as warnings and fills in grey: refuse such a file instead
            reader.addIIOReadWarningListener((source, warning) -> {
                if (warning.startsWith("Corrupt") || warning.startsWith("Truncated")) {
                    throw new ImageRejected("corrupt " + info.format().apiName + ": " + warning);
                }
            });
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > maxPixels) {
                throw new ImageRejected("the image is larger than the pixel budget of " + maxPixels + " pixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int factor = decodeFactor(info.swapsAxes() ? height : width, info.swapsAxes() ? width : height);
            if (factor > 1 && param instanceof WebPReadParam webp) {
                webp.setUseScaling(true);
                webp.setScaledWidth(Math.max(1, width / factor));
                webp.setScaledHeight(Math.max(1, height / factor));
            } else if (factor > 1) {
                param.setSourceSubsampling(factor, factor, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new ImageRejected("the image has no pixels");
            }
            return image;
        } catch (ImageRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageRejected("the image cannot be decoded", e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The whole subsampling factor for a source shown {@code width} × {@code height}: over the soft limit, as large as
     * keeps the large variant's width; over the hard limit, whatever it takes.
     */
    static int decodeFactor(int width, int height) {
        int factor = 1;
        while (pixels(width, height, factor) > SOFT_DECODED_PIXELS && width / (factor + 1) >= Size.LARGE.width) {
            factor++;
        }
        while (pixels(width, height, factor) > HARD_DECODED_PIXELS) {
            factor++;
        }
        return factor;
    }

    private static long pixels(int width, int height, int factor) {
        return (long) (width / factor) * (height / factor);
    }

    /** The image as it should be seen: EXIF orientations 2–8 flip and/or turn it. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        boolean alpha = image.getColorModel().hasAlpha();
        if (orientation <= 1 || orientation > 8) {
            return image; // as decoded: the variants are drawn from it (no copy of a large raster)
        }
        double w = image.getWidth();
        double h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8
        };
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? image.getHeight() : image.getWidth(),
                swap ? image.getWidth() : image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage normalized(BufferedImage image, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE); // transparent pixels of an opaque-looking source become white
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Downscaled to {@code width} (height by the aspect ratio): halving steps, then one bicubic step. */
    static BufferedImage scaleToWidth(BufferedImage source, int width, boolean alpha) {
        if (width >= source.getWidth()) {
            return source;
        }
        int height = Math.max(1, (int) Math.round(source.getHeight() * (double) width / source.getWidth()));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width * 2) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2),
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR, alpha);
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation,
                                      boolean alpha) {
        BufferedImage out = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private Variant encode(Size size, ImageFormat format, BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.mediaType).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.WEBP) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Lossy");
                param.setCompressionQuality(webpQuality);
                if (param instanceof WebPWriteParam webp) {
                    webp.setMethod(WEBP_METHOD);
                }
            } else if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
            }
            // no metadata argument: the writers emit only what decoding needs (JFIF header, IHDR, VP8 frame)
            // the JPEG writer is fastest on 3-byte BGR rasters
            BufferedImage pixels = format == ImageFormat.JPEG ? bgr(image) : image;
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a " + format.apiName + " variant", e);
        } finally {
            writer.dispose();
        }
        byte[] encoded = bytes.toByteArray();
        return new Variant(size, format, image.getWidth(), image.getHeight(), encoded, sha256(encoded));
    }

    private static BufferedImage bgr(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
