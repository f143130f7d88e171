package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

    /** The clip's size in bytes, or 0 when there is none; {@code still} is the file's bytes as read for its extent. */
    static long clipBytes(Path file, StillExtent still) {
        if (still.isJpeg()) {
            return still.clipAfterJpeg();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(16);
            ch.read(head, 0);
            return Animation.ascii(head.array(), 4, 4).equals("ftyp") ? mpvd(ch) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
