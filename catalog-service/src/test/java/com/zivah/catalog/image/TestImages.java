package com.zivah.catalog.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Image files for tests, made here: photos with EXIF/GPS, transparent PNGs, polyglots, bombs. */
public final class TestImages {

    /** The GPS latitude reference written into {@link #jpegWithExif}: a marker to look for in the variants. */
    public static final String GPS_MARKER = "ZIVAH-GPS-47.3769N";

    private TestImages() {
    }

    /** An opaque picture: left half red, right half blue (so orientation and scaling can be checked). */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A PNG of random pixels: large for its size (it does not compress). */
    public static byte[] noisePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encode(image, "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** A PNG whose left half is fully transparent. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, "png");
    }

    /** A PNG with a tEXt chunk carrying {@link #GPS_MARKER} after IHDR. */
    public static byte[] pngWithText(int width, int height) {
        byte[] png = png(width, height);
        byte[] chunk = pngChunk("tEXt", ("GPS\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
        int afterIhdr = 8 + 25;
        return concat(slice(png, 0, afterIhdr), chunk, slice(png, afterIhdr, png.length));
    }

    /**
     * A JPEG with an APP1 Exif segment right after SOI: IFD0 with Orientation {@code orientation} and a GPS IFD whose
     * latitude reference is {@link #GPS_MARKER}.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(200); // big-endian ("MM")
        byte[] marker = (GPS_MARKER + "\0").getBytes(StandardCharsets.ISO_8859_1);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        // GPS IFD: one ASCII entry whose value lies after the IFD
        int value = gpsIfd + 2 + 12 + 4;
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(marker.length).putInt(value);
        tiff.putInt(0);
        tiff.put(marker);
        byte[] tiffBytes = slice(tiff.array(), 0, tiff.position());
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffBytes);
        byte[] app1 = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8),
                (byte) (exif.length + 2)}, exif);
        return concat(slice(jpeg, 0, 2), app1, slice(jpeg, 2, jpeg.length));
    }

    /** A PNG that declares {@code width}×{@code height} pixels and holds almost none (a decompression bomb). */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] png = png(2, 2);
        byte[] ihdr = slice(png, 16, 29); // the 13 data bytes
        ByteBuffer.wrap(ihdr).putInt(0, width).putInt(4, height);
        byte[] chunk = pngChunk("IHDR", ihdr);
        return concat(slice(png, 0, 8), chunk, slice(png, 33, png.length));
    }

    public static byte[] zipWith(String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A JPEG with a COM segment before its frame holding {@code text}. */
    public static byte[] jpegWithComment(int width, int height, String text) {
        byte[] jpeg = jpeg(width, height);
        byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] com = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((data.length + 2) >> 8),
                (byte) (data.length + 2)}, data);
        return concat(slice(jpeg, 0, 2), com, slice(jpeg, 2, jpeg.length));
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("not decodable");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String ascii) {
        return contains(haystack, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] slice(byte[] bytes, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(bytes, from, out, 0, out.length);
        return out;
    }

    private static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
