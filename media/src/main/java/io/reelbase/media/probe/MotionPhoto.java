package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A motion photo: a still with a short video kept in the same file (Samsung's {@code mpvd} box in HEIC; an MP4
 * appended after a JPEG's end, as Google and Samsung cameras write). The still stays the picture; the probe
 * says that a clip is there and how big it is.
 */
final class MotionPhoto {
    private MotionPhoto() {
    }

    /** The clip's size in bytes, or 0 when there is none. */
    static long clipBytes(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(16);
            ch.read(head, 0);
            byte[] h = head.array();
            if (Animation.ascii(h, 4, 4).equals("ftyp")) {
                return mpvd(ch, size);
            }
            if ((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8 && size < 256L * 1024 * 1024) {
                byte[] b = Files.readAllBytes(file);
                int end = StillExtent.jpegEnd(b);
                // an MP4 after the picture: its first box is ftyp
                return end > 0 && end + 12 < b.length && Animation.ascii(b, end + 4, 4).equals("ftyp") ? b.length - end : 0;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long mpvd(FileChannel ch, long size) throws IOException {
        long pos = 0;
        ByteBuffer head = ByteBuffer.allocate(16);
        while (pos + 8 <= size) {
            head.clear();
            ch.read(head, pos);
            long box = Integer.toUnsignedLong(head.getInt(0));
            box = box == 1 ? head.getLong(8) : box == 0 ? size - pos : box;
            if (box < 8) {
                return 0;
            }
            if (Animation.ascii(head.array(), 4, 4).equals("mpvd")) {
                return box - 8;
            }
            pos += box;
        }
        return 0;
    }
}
