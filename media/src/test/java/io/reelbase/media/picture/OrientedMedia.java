package io.reelbase.media.picture;

import io.reelbase.core.media.Orientation;
import io.reelbase.media.GeneratedMedia;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Files whose stored pixels must be transformed to be upright, written here: JPEGs with each EXIF orientation
 * (an APP1 segment put in by hand) and MP4s with each display matrix (the track header's matrix rewritten in
 * the file, as a phone or an editing tool writes it, reflections included).
 */
final class OrientedMedia {
    private OrientedMedia() {
    }

    /** A picture no symmetry maps onto itself: a marked top, a block in the top-left corner, a gradient. */
    static BufferedImage upright(int w, int h) {
        BufferedImage img = GeneratedMedia.picture(w, h, 7);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, h / 8, w / 5, h / 4);
        g.dispose();
        return img;
    }

    /**
     * What a camera stores under EXIF orientation {@code tag} (TIFF 6.0: 2 mirrored, 3 upside down, 4 mirrored
     * upside down, 5 mirrored and a quarter anticlockwise, 6 a quarter anticlockwise, 7 mirrored and a quarter
     * clockwise, 8 a quarter clockwise), written out here independently of {@link Orientation}.
     */
    static BufferedImage storedForExif(BufferedImage upright, int tag) {
        int[] mirrorAndQuartersCw = switch (tag) {
            case 2 -> new int[] {1, 0};
            case 3 -> new int[] {0, 2};
            case 4 -> new int[] {1, 2};
            case 5 -> new int[] {1, 3};
            case 6 -> new int[] {0, 1};
            case 7 -> new int[] {1, 1};
            case 8 -> new int[] {0, 3};
            default -> new int[] {0, 0};
        };
        // shown = turn(mirror(stored)), so stored = mirror(unturn(shown))
        BufferedImage unturned = Likeness.turned(upright, -mirrorAndQuartersCw[1]);
        return mirrorAndQuartersCw[0] == 1 ? Likeness.mirrored(unturned) : unturned;
    }

    /** What is stored so that {@code o} shows {@code upright}: the transform undone, with plain pixel loops. */
    static BufferedImage stored(BufferedImage upright, Orientation o) {
        BufferedImage unturned = Likeness.turned(upright, -o.clockwise() / 90);
        return o.mirrored() ? Likeness.mirrored(unturned) : unturned;
    }

    /** A JPEG of {@code pixels} that says EXIF orientation {@code tag}. */
    static Path jpeg(Path file, BufferedImage pixels, int tag) throws IOException {
        BufferedImage rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        rgb.createGraphics().drawImage(pixels, 0, 0, null);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        ByteBuffer app1 = ByteBuffer.allocate(36);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34);
        app1.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        app1.put("MM".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        app1.putShort((short) 1); // one IFD entry
        app1.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) tag).putShort((short) 0);
        app1.putInt(0); // no next IFD
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(app1.array());
        out.write(jpeg, 2, jpeg.length - 2);
        Files.write(file, out.toByteArray());
        return file;
    }

    /**
     * The display matrix {a, b, c, d} that asks for EXIF orientation {@code tag}'s transform, written out by hand
     * in FFmpeg's convention (a stored pixel (x, y) is shown at (a·x + c·y, b·x + d·y), y down): a phone held
     * upright is {0, 1, -1, 0}; a left-right mirror {-1, 0, 0, 1}; a transpose {0, 1, 1, 0}.
     */
    static int[] matrixOfExif(int tag) {
        return switch (tag) {
            case 2 -> new int[] {-1, 0, 0, 1};
            case 3 -> new int[] {-1, 0, 0, -1};
            case 4 -> new int[] {1, 0, 0, -1};
            case 5 -> new int[] {0, 1, 1, 0};
            case 6 -> new int[] {0, 1, -1, 0};
            case 7 -> new int[] {0, -1, -1, 0};
            case 8 -> new int[] {0, -1, 1, 0};
            default -> new int[] {1, 0, 0, 1};
        };
    }

    /** A two-second MP4 showing {@code pixels}, whose track header matrix is {@code abcd}. */
    static Path mp4(Path file, BufferedImage pixels, int[] abcd) throws IOException {
        try (Java2DFrameConverter converter = new Java2DFrameConverter()) {
            FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), pixels.getWidth(), pixels.getHeight(), 0);
            try {
                r.setFormat("mp4");
                r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                r.setFrameRate(25);
                r.setGopSize(10);
                r.setVideoQuality(18);
                r.start();
                BufferedImage bgr = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
                bgr.createGraphics().drawImage(pixels, 0, 0, null);
                for (int i = 0; i < 50; i++) {
                    r.record(converter.convert(bgr), avutil.AV_PIX_FMT_BGR24);
                }
                r.stop();
            } finally {
                r.release();
            }
        }
        writeMatrix(file, abcd);
        return file;
    }

    /** Rewrites the first track header's matrix {a b u / c d v / x y w} with a, b, c, d in 16.16 fixed point. */
    private static void writeMatrix(Path file, int[] abcd) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int moov = indexOf(bytes, "moov", 0);
        int tkhd = indexOf(bytes, "tkhd", moov);
        if (moov < 0 || tkhd < 0 || bytes[tkhd + 4] != 0) {
            throw new IOException("no version-0 track header in " + file);
        }
        // box type, then version/flags 4, times 8, track 4, reserved 4, duration 4, reserved 8, layer..volume 8
        ByteBuffer m = ByteBuffer.wrap(bytes, tkhd + 4 + 40, 36);
        int[] values = {abcd[0] << 16, abcd[1] << 16, 0, abcd[2] << 16, abcd[3] << 16, 0, 0, 0, 1 << 30};
        for (int v : values) {
            m.putInt(v);
        }
        Files.write(file, bytes);
    }

    static int indexOf(byte[] bytes, String fourcc, int from) {
        byte[] f = fourcc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = Math.max(0, from); i + 4 <= bytes.length; i++) {
            if (bytes[i] == f[0] && bytes[i + 1] == f[1] && bytes[i + 2] == f[2] && bytes[i + 3] == f[3]) {
                return i;
            }
        }
        return -1;
    }
}
