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
                return mpvd(ch);
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

    private static long mpvd(FileChannel ch) throws IOException {
        TopBoxes boxes = new TopBoxes(ch);
        for (var box = boxes.next(); box.isPresent(); box = boxes.next()) {
            if (box.get().type().equals("mpvd")) {
                return box.get().size() - 8;
            }
        }
        return 0;
    }
}
