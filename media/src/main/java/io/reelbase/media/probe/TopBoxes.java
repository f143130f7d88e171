package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/** The top-level boxes of an ISO BMFF file (MP4, MOV, HEIF, AVIF), read one header at a time. */
final class TopBoxes {
    /** One box: its four-letter type, where it starts and its whole size (header included). */
    record Box(String type, long start, long size) {
        long end() {
            return start + size;
        }
    }

    private final FileChannel ch;
    private final long fileSize;
    private final ByteBuffer head = ByteBuffer.allocate(16);
    private long pos;
    private boolean broken;

    TopBoxes(FileChannel ch) throws IOException {
        this.ch = ch;
        this.fileSize = ch.size();
    }

    /** The next box, or empty at the end of the file or where the bytes are no box (see {@link #broken()}). */
    Optional<Box> next() throws IOException {
        if (broken || pos + 8 > fileSize) {
            return Optional.empty();
        }
        head.clear();
        ch.read(head, pos);
        long size = Integer.toUnsignedLong(head.getInt(0));
        size = size == 1 ? head.getLong(8) : size == 0 ? fileSize - pos : size;
        if (size < 8) {
            broken = true;
            return Optional.empty();
        }
        Box box = new Box(Animation.ascii(head.array(), 4, 4), pos, size);
        pos += size;
        return Optional.of(box);
    }

    /** Whether the walk stopped at bytes that are not a box. */
    boolean broken() {
        return broken;
    }

    /** Where the walk has got to: after the last box read. */
    long position() {
        return pos;
    }
}
