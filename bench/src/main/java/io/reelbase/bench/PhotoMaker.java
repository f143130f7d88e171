package io.reelbase.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Distinct camera-sized JPEGs for the ingest benchmark, made with FFmpeg's JPEG encoder at the quality of
 * {@code ffmpeg -q:v 4}: colour bars and gradients under fine grain, each picture shifted and with its own grain,
 * about 2.5 MB for 12 MP (a phone's photo is 2-5 MB). Made once into a folder and reused.
 */
final class PhotoMaker {
    private PhotoMaker() {
    }

    /** {@code count} photos of {@code width}x{@code height} in {@code dir}, made unless they are there already. */
    static Path photos(Path dir, int count, int width, int height) throws IOException {
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir;
        }
        Files.createDirectories(dir);
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < count; i++) {
            paint(pixels, width, height, i);
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            ((java.nio.ByteBuffer) frame.image[0]).put(pixels).flip();
            Path file = dir.resolve(String.format("photo-%03d.jpg", i + 1));
            try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
                r.setFormat("image2");
                r.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
                r.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
                r.setVideoQuality(4);
                r.setOption("update", "1");
                r.start();
                r.record(frame, avutil.AV_PIX_FMT_BGR24);
                r.stop();
            }
        }
        Files.writeString(done, count + " photos\n");
        return dir;
    }

    private static void paint(byte[] bgr, int width, int height, int seed) {
        SplittableRandom grain = new SplittableRandom(seed * 7919L + 1);
        int shift = seed * 37;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int bar = ((x + shift) * 8 / width) % 8;
                int base = (y * 255) / height;
                int n = grain.nextInt(49) - 24;
                int i = (y * width + x) * 3;
                bgr[i] = clamp(((bar & 1) != 0 ? 230 : 30) + n + base / 4);
                bgr[i + 1] = clamp(((bar & 2) != 0 ? 220 : 40) + n + (255 - base) / 4);
                bgr[i + 2] = clamp(((bar & 4) != 0 ? 210 : 20) + n + ((x + y + shift) % 256) / 4);
            }
        }
    }

    private static byte clamp(int v) {
        return (byte) Math.max(0, Math.min(255, v));
    }
}
