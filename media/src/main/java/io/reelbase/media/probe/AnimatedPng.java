package io.reelbase.media.probe;

import java.nio.ByteBuffer;
import java.util.List;

/** APNG's chunks: IHDR (canvas), acTL (frame count, plays), one fcTL per frame (place, delay). */
final class AnimatedPng {
    private AnimatedPng() {
    }

    static Animation read(byte[] b) {
        ByteBuffer be = ByteBuffer.wrap(b);
        int width = 0;
        int height = 0;
        Integer plays = null;
        List<Animation.Frame> frames = Animation.list();
        int pos = 8;
        while (pos + 12 <= b.length) {
            int size = be.getInt(pos);
            String type = Animation.ascii(b, pos + 4, 4);
            int body = pos + 8;
            if (size < 0 || body + size + 4 > b.length) {
                break;
            }
            switch (type) {
                case "IHDR" -> {
                    width = be.getInt(body);
                    height = be.getInt(body + 4);
                }
                case "acTL" -> plays = be.getInt(body + 4);
                case "fcTL" -> {
                    int num = be.getShort(body + 20) & 0xffff;
                    int den = be.getShort(body + 22) & 0xffff;
                    int ms = (int) Math.round(1000.0 * num / (den == 0 ? 100 : den));
                    frames.add(new Animation.Frame(be.getInt(body + 12), be.getInt(body + 16), be.getInt(body + 4),
                            be.getInt(body + 8), ms, b[body + 25] == 1, b[body + 24] == 1, null, null, false));
                }
                case "IEND" -> pos = b.length;
                default -> {
                }
            }
            pos = body + size + 4;
        }
        return plays == null ? null : new Animation(width, height, plays, frames);
    }
}
