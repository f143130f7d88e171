package io.reelbase.media.probe;

import java.util.List;

/** A GIF's blocks: the screen size, NETSCAPE2.0 loop count, one image per frame with its graphic-control delay. */
final class AnimatedGif {
    private AnimatedGif() {
    }

    static Animation read(byte[] b) {
        int width = (b[6] & 0xff) | (b[7] & 0xff) << 8;
        int height = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        int pos = 13 + colourTable(b[10]);
        int loops = 1;
        int delay = 0;
        List<Animation.Frame> frames = Animation.list();
        while (pos < b.length) {
            int block = b[pos] & 0xff;
            if (block == 0x21 && pos + 2 < b.length) {
                int label = b[pos + 1] & 0xff;
                if (label == 0xF9 && pos + 5 < b.length) {
                    delay = ((b[pos + 4] & 0xff) | (b[pos + 5] & 0xff) << 8) * 10;
                } else if (label == 0xFF && Animation.ascii(b, pos + 3, 11).equals("NETSCAPE2.0") && pos + 17 < b.length) {
                    loops = (b[pos + 16] & 0xff) | (b[pos + 17] & 0xff) << 8;
                }
                pos = skipSubBlocks(b, pos + 2);
            } else if (block == 0x2C && pos + 9 < b.length) {
                int x = (b[pos + 1] & 0xff) | (b[pos + 2] & 0xff) << 8;
                int y = (b[pos + 3] & 0xff) | (b[pos + 4] & 0xff) << 8;
                int w = (b[pos + 5] & 0xff) | (b[pos + 6] & 0xff) << 8;
                int h = (b[pos + 7] & 0xff) | (b[pos + 8] & 0xff) << 8;
                // browsers show a delay under 20 ms as 100 ms
                frames.add(new Animation.Frame(x, y, w, h, delay < 20 ? 100 : delay, true, false, null, null, false));
                delay = 0;
                pos = skipSubBlocks(b, pos + 10 + colourTable(b[pos + 9]) + 1);
            } else {
                break; // trailer (0x3B) or the file ends
            }
        }
        return new Animation(width, height, loops, frames);
    }

    private static int colourTable(byte packed) {
        return (packed & 0x80) != 0 ? 3 * (1 << ((packed & 0x07) + 1)) : 0;
    }

    private static int skipSubBlocks(byte[] b, int pos) {
        while (pos < b.length && (b[pos] & 0xff) != 0) {
            pos += (b[pos] & 0xff) + 1;
        }
        return pos + 1;
    }
}
