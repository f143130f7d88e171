package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An animated still (animated WebP, APNG, animated GIF) read from its own structure, which FFmpeg does not
 * fully report (it cannot read animated WebP at all): the canvas size, each frame's place, time and bytes,
 * and how often it loops (0: for ever). Not animated: null.
 */
public record Animation(int width, int height, int loops, List<Frame> frames) {
    /** Files bigger than this are not read whole to look for frames. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    /**
     * One frame: where it goes on the canvas, how long it shows, and for WebP its bitstream chunks
     * ({@code ALPH}, {@code VP8 }/{@code VP8L}) and how it is drawn (alpha-blended or not, canvas cleared after).
     */
    public record Frame(int x, int y, int width, int height, int durationMs, boolean blend, boolean dispose,
                        byte[] alpha, byte[] bitstream, boolean lossless) {
    }

    public long durationMs() {
        return frames.stream().mapToLong(Frame::durationMs).sum();
    }

    /** The frame shown at {@code fraction} of the running time (0..1). */
    public int frameAt(double fraction) {
        long target = Math.round(durationMs() * fraction);
        long start = 0;
        for (int i = 0; i < frames.size(); i++) {
            if (start >= target) {
                return i;
            }
            start += frames.get(i).durationMs();
        }
        return frames.size() - 1;
    }

    /** The animation in {@code file}, or null when it is not an animated WebP, APNG or GIF (or cannot be read). */
    public static Animation read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES || Files.size(file) < 16) {
                return null;
            }
            byte[] b = Files.readAllBytes(file);
            Animation a = ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP") ? AnimatedWebp.read(b)
                    : ascii(b, 1, 3).equals("PNG") ? AnimatedPng.read(b)
                    : ascii(b, 0, 4).equals("GIF8") ? AnimatedGif.read(b) : null;
            return a == null || a.frames().size() < 2 ? null : a;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or odd file: FFmpeg's answer stands
        }
    }

    static String ascii(byte[] b, int at, int n) {
        return at + n <= b.length ? new String(b, at, n, StandardCharsets.ISO_8859_1) : "";
    }

    static ByteBuffer little(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    static List<Frame> list() {
        return new ArrayList<>();
    }
}
