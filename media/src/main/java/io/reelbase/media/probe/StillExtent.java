package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a JPEG or PNG still is whole: a JPEG's segments and entropy-coded scans are followed to its end-of-image
 * marker (an EXIF thumbnail's own marker does not count, and data appended after the end, such as a motion photo's
 * clip, is no damage); a PNG must reach its IEND chunk; a HEIF/AVIF file must hold all of its boxes. The file is
 * read once and a JPEG's scans followed once, for the damage and for a motion photo's clip alike.
 */
final class StillExtent {
    private static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final Path file;
    private final byte[] b;
    /** Where a JPEG's end-of-image marker ends; -1 when it has none, -2 when the file is no JPEG or was not read. */
    private final int jpegEnd;

    private StillExtent(Path file, byte[] b) {
        this.file = file;
        this.b = b;
        this.jpegEnd = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 ? jpegEnd(b) : -2;
    }

    /** The still's bytes, read once (none for a file over 512 MiB or one that cannot be read). */
    static StillExtent of(Path file) {
        try {
            return new StillExtent(file, Files.size(file) > MAX_BYTES ? new byte[0] : Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return new StillExtent(file, new byte[0]);
        }
    }

    /** "the picture ends early: part of it is missing", or null when whole or not a JPEG/PNG/HEIF. */
    String damage() {
        try {
            boolean cut = jpegEnd != -2 ? jpegEnd < 0
                    : b.length > 8 && Animation.ascii(b, 1, 3).equals("PNG") ? !pngEnds(b)
                    : b.length > 8 && Animation.ascii(b, 4, 4).equals("ftyp")
                            && DataExtent.declaredBytes(file, "mov,mp4", b.length) > b.length;
            return cut ? "the picture ends early: part of it is missing (shown grey)" : null;
        } catch (IOException | RuntimeException e) {
            return null; // an odd file: FFmpeg's reading of it stands
        }
    }

    /** Whether the file was read and is a JPEG (whose appended clip {@link #clipAfterJpeg} finds). */
    boolean isJpeg() {
        return jpegEnd != -2;
    }

    /** The size of an MP4 appended after a whole JPEG (a motion photo's clip; its first box is ftyp), else 0. */
    long clipAfterJpeg() {
        return jpegEnd > 0 && jpegEnd + 12 < b.length && Animation.ascii(b, jpegEnd + 4, 4).equals("ftyp") ? b.length - jpegEnd : 0;
    }

    /** Where a JPEG's end-of-image marker ends (the first byte after it), or -1 when it has none. */
    static int jpegEnd(byte[] b) {
        // read eight bytes at a time through a buffer (a VarHandle costs a short command ~12 ms to set up)
        ByteBuffer words = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 2;
        while (pos + 2 <= b.length) {
            if ((b[pos] & 0xff) != 0xFF) {
                return -1; // lost: not a marker where one must be
            }
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xD9) {
                return pos + 2;
            }
            if (marker == 0xFF || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                pos += marker == 0xFF ? 1 : 2; // fill byte, TEM or a restart marker
                continue;
            }
            if (pos + 4 > b.length) {
                return -1;
            }
            int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            pos += 2 + length;
            if (marker == 0xDA) {
                pos = afterScan(words, pos);
            }
        }
        return -1;
    }

    /** Past the entropy-coded data of a scan: to the next marker that is not a stuffed byte or a restart. */
    private static int afterScan(ByteBuffer words, int pos) {
        byte[] b = words.array();
        for (pos = nextFF(words, pos); pos + 1 < b.length; pos = nextFF(words, pos + 1)) {
            int next = b[pos + 1] & 0xff;
            if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                return pos;
            }
        }
        return b.length;
    }

    /** The first 0xFF byte at or after {@code pos} (or the length), eight bytes at a time: a scan has one in ~256. */
    static int nextFF(ByteBuffer words, int pos) {
        byte[] b = words.array();
        for (; pos + 8 <= b.length; pos += 8) {
            long x = ~words.getLong(pos); // 0xFF bytes are now zero bytes
            long zero = (x - ONES) & ~x & HIGHS; // the lowest flag marks the first zero byte
            if (zero != 0) {
                return pos + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        while (pos < b.length && b[pos] != (byte) 0xFF) {
            pos++;
        }
        return pos;
    }

    private static boolean pngEnds(byte[] b) {
        long pos = 8;
        while (pos + 12 <= b.length) {
            int at = (int) pos;
            long size = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
            if (Animation.ascii(b, at + 4, 4).equals("IEND")) {
                return true;
            }
            pos += 12 + size;
        }
        return false;
    }
}
