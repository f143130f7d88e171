package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a JPEG or PNG still is whole: a JPEG's segments and entropy-coded scans are followed to its end-of-image
 * marker (an EXIF thumbnail's own marker does not count, and data appended after the end, such as a motion photo's
 * clip, is no damage); a PNG must reach its IEND chunk; a HEIF/AVIF file must hold all of its boxes.
 */
final class StillExtent {
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private StillExtent() {
    }

    /** "the picture ends early: part of it is missing", or null when whole or not a JPEG/PNG. */
    static String damage(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return null;
            }
            byte[] b = Files.readAllBytes(file);
            boolean cut = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 ? !jpegEnds(b)
                    : b.length > 8 && Animation.ascii(b, 1, 3).equals("PNG") ? !pngEnds(b)
                    : Animation.ascii(b, 4, 4).equals("ftyp") && DataExtent.declaredBytes(file, "mov,mp4", b.length) > b.length;
            return cut ? "the picture ends early: part of it is missing (shown grey)" : null;
        } catch (IOException | RuntimeException e) {
            return null; // an odd file: FFmpeg's reading of it stands
        }
    }

    private static boolean jpegEnds(byte[] b) {
        return jpegEnd(b) > 0;
    }

    /** Where a JPEG's end-of-image marker ends (the first byte after it), or -1 when it has none. */
    static int jpegEnd(byte[] b) {
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
                pos = afterScan(b, pos);
            }
        }
        return -1;
    }

    /** Past the entropy-coded data of a scan: to the next marker that is not a stuffed byte or a restart. */
    private static int afterScan(byte[] b, int pos) {
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xff) == 0xFF) {
                int next = b[pos + 1] & 0xff;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return pos;
                }
            }
            pos++;
        }
        return b.length;
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
