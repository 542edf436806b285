package com.zivah.catalog.image;

import static com.zivah.catalog.image.TestImages.concat;
import static com.zivah.catalog.image.TestImages.contains;
import static com.zivah.catalog.image.TestImages.decode;
import static com.zivah.catalog.image.TestImages.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upload pipeline on its own: what it accepts, what it makes of it, what it refuses and why. */
class ImagePipelineTest {

    private final ImagePipeline pipeline = new ImagePipeline(40_000_000, 2, 0.8f, 0.85f);

    private static String rejection(Runnable action) {
        return assertThrows(ImageRejected.class, action::run).getMessage();
    }

    @Test
    void aPhotoBecomesThreeSizesInWebPAndJpegWithTheAspectRatioKept() {
        ImagePipeline.Result result = pipeline.process(TestImages.jpeg(2000, 1500));

        assertEquals(2000, result.width());
        assertEquals(1500, result.height());
        assertFalse(result.transparent());
        List<String> shapes = result.variants().stream()
                .map(v -> v.size().apiName + " " + v.format().apiName + " " + v.width() + "x" + v.height()).toList();
        assertEquals(List.of("thumbnail webp 320x240", "thumbnail jpeg 320x240", "card webp 640x480",
                "card jpeg 640x480", "large webp 1600x1200", "large jpeg 1600x1200"), shapes);
        for (ImagePipeline.Variant variant : result.variants()) {
            BufferedImage decoded = decode(variant.bytes());
            assertEquals(variant.width(), decoded.getWidth(), variant.size() + " " + variant.format());
            assertEquals(variant.height(), decoded.getHeight());
            assertEquals(ImagePipeline.sha256(variant.bytes()), variant.sha256());
            // red left, blue right survived scaling and encoding
            int left = decoded.getRGB(decoded.getWidth() / 4, decoded.getHeight() / 2);
            int right = decoded.getRGB(decoded.getWidth() * 3 / 4, decoded.getHeight() / 2);
            assertTrue((left >> 16 & 0xFF) > 200 && (left & 0xFF) < 60, "left is red");
            assertTrue((right & 0xFF) > 200 && (right >> 16 & 0xFF) < 60, "right is blue");
        }
        assertTrue(contains(result.variants().get(0).bytes(), "WEBP"), "WebP container");
        assertEquals(0xFFD8, (result.variants().get(1).bytes()[0] & 0xFF) << 8 | result.variants().get(1).bytes()[1] & 0xFF);
    }

    @Test
    void aLargePhotoIsDecodedSubsampledYetKeepsItsSizeAndFullSizedVariants() {
        ImagePipeline.Result jpeg = pipeline.process(TestImages.jpeg(6000, 4000)); // 24 MP: read at 1/3

        assertEquals(6000, jpeg.width(), "the original's size");
        assertEquals(4000, jpeg.height());
        assertEquals("1600x1067", jpeg.variants().get(4).width() + "x" + jpeg.variants().get(4).height());

        java.io.ByteArrayOutputStream webp = new java.io.ByteArrayOutputStream();
        try {
            assertTrue(javax.imageio.ImageIO.write(TestImages.picture(5000, 3000), "webp", webp));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        ImagePipeline.Result scaled = pipeline.process(webp.toByteArray()); // 15 MP: read at 1/2 by libwebp
        assertEquals(5000, scaled.width());
        BufferedImage large = decode(scaled.variants().get(4).bytes());
        assertEquals(1600, large.getWidth());
        assertEquals(960, large.getHeight());
        int right = large.getRGB(1500, 500);
        assertTrue((right & 0xFF) > 200, "blue on the right");

        // the factor: as large as keeps 1600 px (soft limit 4 MP), whatever it takes over the hard limit (10 MP)
        assertEquals(3, ImagePipeline.decodeFactor(6000, 4000));
        assertEquals(1, ImagePipeline.decodeFactor(3000, 2000), "6 MP: halving would leave 1500 px");
        assertEquals(2, ImagePipeline.decodeFactor(1600, 25000), "40 MP: memory first");
        assertEquals(1, ImagePipeline.decodeFactor(2000, 2000));
    }

    @Test
    void aSmallImageIsNeverUpscaled() {
        ImagePipeline.Result result = pipeline.process(TestImages.png(500, 250));

        List<String> sizes = result.variants().stream().map(v -> v.width() + "x" + v.height()).distinct().toList();
        assertEquals(List.of("320x160", "500x250"), sizes, "thumbnail 320; card and large stay at 500");
        assertEquals("jpeg", result.variants().get(1).format().apiName, "an opaque PNG gets a JPEG fallback");
    }

    @Test
    void exifAndGpsAreDroppedAndTheOrientationIsApplied() {
        byte[] upload = TestImages.jpegWithExif(800, 600, 6); // 6: turn 90° clockwise to view
        assertTrue(contains(upload, TestImages.GPS_MARKER), "the fixture carries the GPS data");
        assertTrue(contains(upload, "Exif"));
        assertEquals(800, decode(upload).getWidth(), "stored sideways");

        ImagePipeline.Result result = pipeline.process(upload);

        assertEquals(600, result.width(), "turned: the width is the stored height");
        assertEquals(800, result.height());
        for (ImagePipeline.Variant variant : result.variants()) {
            assertFalse(contains(variant.bytes(), TestImages.GPS_MARKER), variant.size() + " " + variant.format());
            assertFalse(contains(variant.bytes(), "Exif"), variant.size() + " " + variant.format());
            assertFalse(contains(variant.bytes(), new byte[] {(byte) 0xFF, (byte) 0xE1}) && variant.format()
                    == ImageFormat.JPEG, "no APP1 segment");
            BufferedImage decoded = decode(variant.bytes());
            assertTrue(decoded.getHeight() > decoded.getWidth(), "portrait");
            // the stored left half (red) is on top once turned clockwise
            int top = decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() / 4);
            assertTrue((top >> 16 & 0xFF) > 200 && (top & 0xFF) < 60, "red on top");
        }
        assertEquals("thumbnail 320x427", result.variants().get(0).size().apiName + " "
                + result.variants().get(0).width() + "x" + result.variants().get(0).height());
    }

    @Test
    void pngTextChunksAreDropped() {
        byte[] upload = TestImages.pngWithText(400, 300);
        assertTrue(contains(upload, TestImages.GPS_MARKER));

        ImagePipeline.Result result = pipeline.process(upload);

        result.variants().forEach(v -> assertFalse(contains(v.bytes(), TestImages.GPS_MARKER)));
    }

    @Test
    void transparencyKeepsAPngFallback() {
        ImagePipeline.Result result = pipeline.process(TestImages.transparentPng(700, 350));

        assertTrue(result.transparent());
        assertEquals(List.of("webp", "png", "webp", "png", "webp", "png"),
                result.variants().stream().map(v -> v.format().apiName).toList());
        BufferedImage png = decode(result.variants().get(1).bytes());
        assertEquals(0, png.getRGB(10, png.getHeight() / 2) >>> 24, "the left half stays transparent");
        BufferedImage webp = decode(result.variants().get(0).bytes());
        assertTrue(webp.getColorModel().hasAlpha());
        assertEquals(0, webp.getRGB(10, webp.getHeight() / 2) >>> 24);
    }

    @Test
    void webpAndGifUploadsAreAccepted() {
        byte[] webp = pipeline.process(TestImages.jpeg(900, 600)).variants().get(4).bytes(); // large webp
        ImagePipeline.Result fromWebp = pipeline.process(webp);
        assertEquals(900, fromWebp.width());

        BufferedImage gif = TestImages.picture(300, 200);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(gif, "gif", out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(300, pipeline.process(out.toByteArray()).width());
    }

    @Test
    void whatIsNotAnImageIsRefusedByItsContentWhateverItsName() {
        assertTrue(rejection(() -> pipeline.process("hello, not an image".getBytes(StandardCharsets.UTF_8)))
                .contains("not a JPEG, PNG, WebP or GIF"));
        assertTrue(rejection(() -> pipeline.process(TestImages.zipWith("a.txt", "x"))).contains("not a JPEG"));
        assertTrue(rejection(() -> pipeline.process(new byte[0])).contains("not a JPEG"));
        assertTrue(rejection(() -> pipeline.process("<svg xmlns='http://www.w3.org/2000/svg'/>"
                .getBytes(StandardCharsets.UTF_8))).contains("not a JPEG"));
    }

    @Test
    void truncatedAndCorruptFilesAreRefused() {
        byte[] jpeg = TestImages.jpeg(640, 480);
        byte[] png = TestImages.png(640, 480);
        assertTrue(rejection(() -> pipeline.process(slice(jpeg, 0, jpeg.length / 2))).contains("truncated"));
        assertTrue(rejection(() -> pipeline.process(slice(jpeg, 0, jpeg.length - 2))).contains("truncated"));
        assertTrue(rejection(() -> pipeline.process(slice(png, 0, png.length - 12))).contains("truncated"));
        byte[] flipped = png.clone();
        flipped[png.length / 2] ^= 0x55;
        assertTrue(rejection(() -> pipeline.process(flipped)).contains("checksum"));
        byte[] header = slice(jpeg, 0, 200); // SOI and headers, no scan, no EOI
        assertTrue(rejection(() -> pipeline.process(header)).contains("truncated"));
    }

    @Test
    void polyglotsAreRefused() {
        byte[] jpeg = TestImages.jpeg(320, 240);
        byte[] png = TestImages.png(320, 240);
        byte[] zip = TestImages.zipWith("payload.js", "alert(1)");
        // a valid image with a ZIP, HTML or script appended after its end marker
        assertTrue(rejection(() -> pipeline.process(concat(jpeg, zip))).contains("after the end of the image"));
        assertTrue(rejection(() -> pipeline.process(concat(png, zip))).contains("after the end of the image"));
        assertTrue(rejection(() -> pipeline.process(concat(jpeg, "<html><script>alert(1)</script>"
                .getBytes(StandardCharsets.UTF_8)))).contains("after the end"));
        assertTrue(rejection(() -> pipeline.process(concat(jpeg, new byte[] {0}))).contains("1 bytes after"));
        // markup embedded inside the image (a comment segment)
        assertTrue(rejection(() -> pipeline.process(TestImages.jpegWithComment(320, 240,
                "<SCRIPT>alert(document.cookie)</SCRIPT>"))).contains("embedded markup"));
        // a ZIP directory inside the image, where ZIP readers look for it
        String zipText = new String(zip, StandardCharsets.ISO_8859_1);
        assertTrue(rejection(() -> pipeline.process(TestImages.jpegWithComment(320, 240, zipText)))
                .contains("ZIP"));
        // a harmless comment is fine
        assertEquals(320, pipeline.process(TestImages.jpegWithComment(320, 240, "Made by ZIVAH")).width());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
        byte[] bomb = TestImages.pngDeclaring(100_000, 100_000);
        assertTrue(bomb.length < 200, "tiny file");
        String message = rejection(() -> pipeline.process(bomb));
        assertTrue(message.contains("100000×100000") && message.contains("budget"), message);

        ImagePipeline small = new ImagePipeline(1_000_000, 1, 0.8f, 0.85f);
        assertTrue(rejection(() -> small.process(TestImages.jpeg(1001, 1000))).contains("budget"));
        assertEquals(1000, small.process(TestImages.jpeg(1000, 1000)).width());
    }

    @Test
    void aGeneratedPictureGoesThroughTheSamePipeline() {
        ImagePipeline.Result result = pipeline.process(DemoIllustration.draw("coffee", "Café verde arábica"));

        assertEquals(DemoIllustration.WIDTH, result.width());
        assertEquals(List.of(320, 320, 640, 640, 800, 800), result.variants().stream().map(v -> v.width()).toList());
    }
}
