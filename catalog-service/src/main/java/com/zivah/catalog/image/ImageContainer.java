package com.zivah.catalog.image;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What the bytes of an upload are, read from their structure alone and before any decoding: the format (by its
 * signature, never by file name or declared type), the declared width and height (for the pixel budget), the EXIF
 * orientation of a JPEG, and where the image ends.
 *
 * <p>The polyglot rule: the file must end exactly where its format says the image ends (JPEG: the EOI marker after
 * the last scan; PNG: the IEND chunk; WebP: the RIFF length; GIF: the trailer byte). Anything after that end is what
 * other parsers read (a ZIP is found from the end of a file, a browser sniffs HTML anywhere), and no encoder writes
 * it, so the upload is refused rather than cleaned. Inside the image, metadata could still carry a payload; it never
 * reaches a visitor (we serve only re-encoded variants), but markup or script signatures and a ZIP directory record
 * near the end are refused too, so such a file is not accepted as "an image" at all. Those signatures are 7+ ASCII
 * bytes (a ZIP end record 4 bytes, looked for only in the last 64 KiB), so compressed image data practically never
 * contains them by chance.
 */
public final class ImageContainer {

    /** The structure of one upload. {@code orientation} is the EXIF orientation (1 = as stored). */
    public record Info(ImageFormat format, int width, int height, int orientation) {

        /** Whether the orientation turns the image by 90° (its width becomes its height). */
        public boolean swapsAxes() {
            return orientation >= 5 && orientation <= 8;
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final List<String> MARKUP = List.of("<script", "<html", "<?php", "<svg", "<!doctype", "<iframe",
            "<body", "<object", "<embed", "javascript:");
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final int ZIP_END_SEARCH = 65_536 + 22;

    private ImageContainer() {
    }

    /** Reads the structure of {@code bytes}; throws {@link ImageRejected} for anything that is not a clean image. */
    public static Info inspect(byte[] bytes) {
        ImageFormat format = detect(bytes);
        Info info = switch (format) {
            case JPEG -> jpeg(bytes);
            case PNG -> png(bytes);
            case WEBP -> webp(bytes);
            case GIF -> gif(bytes);
        };
        if (info.width() <= 0 || info.height() <= 0) {
            throw new ImageRejected("the image declares no size");
        }
        rejectEmbeddedPayloads(bytes);
        return info;
    }

    static ImageFormat detect(byte[] b) {
        if (b.length >= 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) {
            return ImageFormat.JPEG;
        }
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return ImageFormat.PNG;
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return ImageFormat.WEBP;
        }
        if (b.length >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
            return ImageFormat.GIF;
        }
        throw new ImageRejected("not a JPEG, PNG, WebP or GIF image");
    }

    // --- JPEG: marker segments up to each scan, the entropy-coded data of the scan, until EOI

    private static Info jpeg(byte[] b) {
        int pos = 2;
        int width = -1;
        int height = -1;
        int orientation = 1;
        while (true) {
            if (pos >= b.length) {
                throw truncated();
            }
            if (u8(b, pos) != 0xFF) {
                throw new ImageRejected("corrupt JPEG: marker expected at byte " + pos);
            }
            while (pos < b.length && u8(b, pos) == 0xFF) {
                pos++; // fill bytes
            }
            if (pos >= b.length) {
                throw truncated();
            }
            int marker = u8(b, pos++);
            if (marker == 0xD9) {
                break; // EOI
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // stand-alone markers
            }
            if (marker == 0xD8 || marker == 0x00) {
                throw new ImageRejected("corrupt JPEG: unexpected marker at byte " + (pos - 1));
            }
            if (pos + 2 > b.length) {
                throw truncated();
            }
            int length = u16be(b, pos);
            int end = pos + length;
            if (length < 2) {
                throw new ImageRejected("corrupt JPEG: bad segment length");
            }
            if (end > b.length) {
                throw truncated();
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame && length >= 7) {
                height = u16be(b, pos + 3);
                width = u16be(b, pos + 5);
            }
            if (marker == 0xE1 && length >= 8 && ascii(b, pos + 2, 6).equals("Exif\0\0")) {
                orientation = exifOrientation(b, pos + 8, end);
            }
            pos = end;
            if (marker == 0xDA) {
                if (width < 0) {
                    throw new ImageRejected("corrupt JPEG: a scan before the frame header");
                }
                pos = skipEntropyCodedData(b, pos);
            }
        }
        if (width < 0) {
            throw new ImageRejected("corrupt JPEG: no frame header");
        }
        requireNothingAfter(b, pos);
        return new Info(ImageFormat.JPEG, width, height, orientation);
    }

    /** The position of the marker that ends the scan starting at {@code pos} (0xFF00 is data, RSTn are inside). */
    private static int skipEntropyCodedData(byte[] b, int pos) {
        while (true) {
            if (pos + 1 >= b.length) {
                throw truncated();
            }
            if (u8(b, pos) != 0xFF) {
                pos++;
                continue;
            }
            int next = u8(b, pos + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                pos += 2;
            } else if (next == 0xFF) {
                pos++;
            } else {
                return pos;
            }
        }
    }

    /** Tag 0x0112 of IFD0 of the TIFF structure at {@code tiff}; 1 when absent or unreadable. */
    static int exifOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    // --- PNG: chunks (length, type, data, CRC) from IHDR to IEND

    private static Info png(byte[] b) {
        int pos = PNG_SIGNATURE.length;
        int width = -1;
        int height = -1;
        boolean first = true;
        CRC32 crc = new CRC32();
        while (true) {
            if (pos + 8 > b.length) {
                throw truncated();
            }
            long length = u32(b, pos, false);
            String type = ascii(b, pos + 4, 4);
            if (length > Integer.MAX_VALUE || pos + 12L + length > b.length) {
                throw truncated();
            }
            int data = pos + 8;
            crc.reset();
            crc.update(b, pos + 4, 4 + (int) length);
            if (crc.getValue() != u32(b, data + (int) length, false)) {
                throw new ImageRejected("corrupt PNG: bad checksum in chunk " + printable(type));
            }
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    throw new ImageRejected("corrupt PNG: IHDR must come first");
                }
                long w = u32(b, data, false);
                long h = u32(b, data + 4, false);
                if (w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
                    throw new ImageRejected("the image is larger than the pixel budget");
                }
                width = (int) w;
                height = (int) h;
                first = false;
            }
            pos = data + (int) length + 4;
            if (type.equals("IEND")) {
                break;
            }
        }
        requireNothingAfter(b, pos);
        return new Info(ImageFormat.PNG, width, height, 1);
    }

    // --- WebP: a RIFF container whose length is the file's

    private static Info webp(byte[] b) {
        long riffEnd = 8 + u32(b, 4, true);
        if (riffEnd > b.length) {
            throw truncated();
        }
        if (b.length < 30) {
            throw truncated();
        }
        requireNothingAfter(b, (int) riffEnd);
        String chunk = ascii(b, 12, 4);
        int width;
        int height;
        switch (chunk) {
            case "VP8 " -> {
                if (u8(b, 23) != 0x9D || u8(b, 24) != 0x01 || u8(b, 25) != 0x2A) {
                    throw new ImageRejected("corrupt WebP: bad VP8 frame header");
                }
                width = u16(b, 26, true) & 0x3FFF;
                height = u16(b, 28, true) & 0x3FFF;
            }
            case "VP8L" -> {
                if (u8(b, 20) != 0x2F) {
                    throw new ImageRejected("corrupt WebP: bad VP8L signature");
                }
                long bits = u32(b, 21, true);
                width = (int) (bits & 0x3FFF) + 1;
                height = (int) ((bits >> 14) & 0x3FFF) + 1;
            }
            case "VP8X" -> {
                width = u24le(b, 24) + 1;
                height = u24le(b, 27) + 1;
            }
            default -> throw new ImageRejected("corrupt WebP: unknown first chunk");
        }
        return new Info(ImageFormat.WEBP, width, height, 1);
    }

    // --- GIF: header, colour tables, extension and image blocks up to the trailer (0x3B)

    private static Info gif(byte[] b) {
        if (b.length < 13) {
            throw truncated();
        }
        int width = u16(b, 6, true);
        int height = u16(b, 8, true);
        int packed = u8(b, 10);
        int pos = 13 + ((packed & 0x80) != 0 ? 3 * (1 << ((packed & 7) + 1)) : 0);
        boolean image = false;
        while (true) {
            if (pos >= b.length) {
                throw truncated();
            }
            int block = u8(b, pos);
            if (block == 0x3B) {
                pos++;
                break;
            } else if (block == 0x21) {
                pos = skipSubBlocks(b, pos + 2);
            } else if (block == 0x2C) {
                if (pos + 10 > b.length) {
                    throw truncated();
                }
                width = Math.max(width, u16(b, pos + 5, true));
                height = Math.max(height, u16(b, pos + 7, true));
                int local = u8(b, pos + 9);
                pos += 10 + ((local & 0x80) != 0 ? 3 * (1 << ((local & 7) + 1)) : 0);
                pos = skipSubBlocks(b, pos + 1); // LZW minimum code size, then the data
                image = true;
            } else {
                throw new ImageRejected("corrupt GIF: unknown block at byte " + pos);
            }
        }
        if (!image) {
            throw new ImageRejected("corrupt GIF: no image");
        }
        requireNothingAfter(b, pos);
        return new Info(ImageFormat.GIF, width, height, 1);
    }

    private static int skipSubBlocks(byte[] b, int pos) {
        while (true) {
            if (pos >= b.length) {
                throw truncated();
            }
            int size = u8(b, pos);
            pos += 1 + size;
            if (size == 0) {
                return pos;
            }
        }
    }

    // --- payloads

    private static void requireNothingAfter(byte[] b, int end) {
        if (end < b.length) {
            throw new ImageRejected("the file has " + (b.length - end) + " bytes after the end of the image");
        }
    }

    private static void rejectEmbeddedPayloads(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (c == '<' || c == 'j' || c == 'J') {
                for (String signature : MARKUP) {
                    if (matchesIgnoringCase(b, i, signature)) {
                        throw new ImageRejected("the file carries embedded markup or script (" + signature + ")");
                    }
                }
            }
        }
        for (int i = Math.max(0, b.length - ZIP_END_SEARCH); i <= b.length - ZIP_END.length; i++) {
            if (startsWith(b, i, ZIP_END)) {
                throw new ImageRejected("the file carries an embedded ZIP archive");
            }
        }
    }

    private static boolean matchesIgnoringCase(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (Character.toLowerCase((char) (b[at + k] & 0xFF)) != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // --- bytes

    private static ImageRejected truncated() {
        return new ImageRejected("the image is truncated");
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int at, int length) {
        if (at + length > b.length) {
            return "";
        }
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String type) {
        return type.replaceAll("[^A-Za-z]", "?");
    }

    private static int u8(byte[] b, int at) {
        if (at >= b.length) {
            throw truncated();
        }
        return b[at] & 0xFF;
    }

    private static int u16be(byte[] b, int at) {
        return u16(b, at, false);
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = u8(b, at);
        int second = u8(b, at + 1);
        return little ? first | second << 8 : first << 8 | second;
    }

    private static int u24le(byte[] b, int at) {
        return u8(b, at) | u8(b, at + 1) << 8 | u8(b, at + 2) << 16;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
