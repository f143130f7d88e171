package io.reelbase.media.probe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/** Animated WebP's RIFF chunks: VP8X (canvas, animation flag), ANIM (loop count), one ANMF per frame. */
final class AnimatedWebp {
    private AnimatedWebp() {
    }

    static Animation read(byte[] b) {
        ByteBuffer le = Animation.little(b);
        int width = 0;
        int height = 0;
        int loops = 0;
        boolean animated = false;
        List<Animation.Frame> frames = Animation.list();
        int pos = 12;
        while (pos + 8 <= b.length) {
            String id = Animation.ascii(b, pos, 4);
            int size = le.getInt(pos + 4);
            int body = pos + 8;
            if (size < 0 || body + size > b.length) {
                break; // cut short: the frames read so far stand
            }
            switch (id) {
                case "VP8X" -> {
                    animated = (b[body] & 0x02) != 0;
                    width = u24(b, body + 4) + 1;
                    height = u24(b, body + 7) + 1;
                }
                case "ANIM" -> loops = le.getShort(body + 4) & 0xffff;
                case "ANMF" -> frames.add(frame(b, body, size));
                default -> {
                }
            }
            pos = body + size + (size & 1);
        }
        return animated ? new Animation(width, height, loops, frames) : null;
    }

    private static Animation.Frame frame(byte[] b, int body, int size) {
        int flags = b[body + 15] & 0xff;
        byte[] alpha = null;
        byte[] bits = null;
        boolean lossless = false;
        int pos = body + 16;
        ByteBuffer le = Animation.little(b);
        while (pos + 8 <= body + size) {
            String id = Animation.ascii(b, pos, 4);
            int n = le.getInt(pos + 4);
            if (n < 0 || pos + 8 + n > b.length) {
                break;
            }
            // with its pad byte: a chunk of odd size is followed by one, and the next chunk is read after it
            byte[] chunk = Arrays.copyOfRange(b, pos, pos + 8 + n + (n & 1));
            if (id.equals("ALPH")) {
                alpha = chunk;
            } else if (id.equals("VP8 ") || id.equals("VP8L")) {
                bits = chunk;
                lossless = id.equals("VP8L");
            }
            pos += 8 + n + (n & 1);
        }
        return new Animation.Frame(u24(b, body) * 2, u24(b, body + 3) * 2, u24(b, body + 6) + 1, u24(b, body + 9) + 1,
                u24(b, body + 12), (flags & 0x02) == 0, (flags & 0x01) != 0, alpha, bits, lossless);
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
