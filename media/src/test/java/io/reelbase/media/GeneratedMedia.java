package io.reelbase.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Media made by the tests themselves with FFmpeg through JavaCV, so a fresh clone tests the engine
 * without the shared corpus: each file has known properties to check the probe against.
 */
public final class GeneratedMedia {
    private GeneratedMedia() {
    }

    /** What to make. */
    public record Spec(int width, int height, double seconds, double displayRotation, double sampleAspect,
                       int pixelFormat, int audioChannels, int videoCodec, double loudness) {
        public static Spec basic() {
            return new Spec(640, 360, 2.0, 0, 1.0, avutil.AV_PIX_FMT_YUV420P, 2, avcodec.AV_CODEC_ID_H264, 0.5);
        }

        public Spec rotated(double degrees) {
            return new Spec(width, height, seconds, degrees, sampleAspect, pixelFormat, audioChannels, videoCodec, loudness);
        }

        public Spec anamorphic(double sar) {
            return new Spec(width, height, seconds, displayRotation, sar, pixelFormat, audioChannels, videoCodec, loudness);
        }

        public Spec pixels(int format, int codec) {
            return new Spec(width, height, seconds, displayRotation, sampleAspect, format, audioChannels, codec, loudness);
        }

        public static Spec soundOnly(double seconds) {
            return new Spec(0, 0, seconds, 0, 1.0, avutil.AV_PIX_FMT_YUV420P, 2, avcodec.AV_CODEC_ID_H264, 0.5);
        }

        public Spec seconds(double length) {
            return new Spec(width, height, length, displayRotation, sampleAspect, pixelFormat, audioChannels, videoCodec, loudness);
        }

        /** The tone's peak as a fraction of full scale (0.5 is about -6 dBFS; 0.01 is -40 dBFS). */
        public Spec quiet(double peak) {
            return new Spec(width, height, seconds, displayRotation, sampleAspect, pixelFormat, audioChannels, videoCodec, peak);
        }

        public Spec channels(int n) {
            return new Spec(width, height, seconds, displayRotation, sampleAspect, pixelFormat, n, videoCodec, loudness);
        }
    }

    public static Path mp4(Path file, Spec spec) throws IOException {
        return mp4(file, spec, java.util.Map.of());
    }

    /** With muxer options, e.g. {@code movflags=+faststart} for an MP4 whose index comes first, as cameras write. */
    public static Path mp4(Path file, Spec spec, java.util.Map<String, String> muxerOptions) throws IOException {
        Java2DFrameConverter converter = new Java2DFrameConverter();
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), spec.audioChannels());
        try {
            String name = file.getFileName().toString();
            r.setFormat(name.endsWith(".mov") ? "mov" : name.endsWith(".mkv") ? "matroska" : "mp4");
            muxerOptions.forEach(r::setOption);
            if (spec.width() > 0) {
                r.setVideoCodec(spec.videoCodec());
            }
            r.setPixelFormat(spec.pixelFormat());
            r.setFrameRate(25);
            r.setGopSize(25);
            r.setVideoOption("preset", "ultrafast");
            if (spec.sampleAspect() != 1.0) {
                r.setAspectRatio(spec.sampleAspect());
            }
            if (spec.displayRotation() != 0) {
                r.setDisplayRotation(spec.displayRotation());
            }
            if (spec.audioChannels() > 0) {
                r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                r.setSampleRate(48000);
                r.setAudioChannels(spec.audioChannels());
                r.setAudioBitrate(64_000 * spec.audioChannels());
            }
            r.start();
            int frames = (int) Math.round(spec.seconds() * 25);
            int samplesPerFrame = 48000 / 25;
            for (int i = 0; i < frames; i++) {
                if (spec.width() > 0) {
                    r.record(converter.convert(picture(spec.width(), spec.height(), i)), avutil.AV_PIX_FMT_BGR24);
                }
                if (spec.audioChannels() > 0) {
                    ShortBuffer samples = ShortBuffer.allocate(samplesPerFrame * spec.audioChannels());
                    // A 440 Hz tone that swells and fades twice a second, so a waveform has a shape.
                    for (int s = 0; s < samplesPerFrame; s++) {
                        double t = (i * samplesPerFrame + s) / 48000.0;
                        short v = (short) (32767 * spec.loudness() * Math.abs(Math.sin(Math.PI * 2 * t)) * Math.sin(2 * Math.PI * 440 * t));
                        for (int c = 0; c < spec.audioChannels(); c++) {
                            samples.put(v);
                        }
                    }
                    samples.flip();
                    r.recordSamples(48000, spec.audioChannels(), samples);
                }
            }
            r.stop();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("could not make " + file + ": " + e.getMessage(), e);
        } finally {
            r.release();
            converter.close();
        }
        return file;
    }

    /** A clip of one-second shots in the given colours (each with a moving label): cuts at every second. */
    public static Path shots(Path file, java.awt.Color... colours) throws IOException {
        Java2DFrameConverter converter = new Java2DFrameConverter();
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), 320, 180, 0);
        try {
            r.setFormat("mp4");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(25);
            r.setGopSize(50);
            r.setVideoOption("preset", "ultrafast");
            r.start();
            for (int shot = 0; shot < colours.length; shot++) {
                for (int i = 0; i < 25; i++) {
                    BufferedImage img = new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR);
                    Graphics2D g = img.createGraphics();
                    g.setColor(colours[shot]);
                    g.fillRect(0, 0, 320, 180);
                    g.setColor(Color.WHITE);
                    g.drawString("shot " + shot, 10 + i * 4, 90);
                    g.dispose();
                    r.record(converter.convert(img), avutil.AV_PIX_FMT_BGR24);
                }
            }
            r.stop();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("could not make " + file + ": " + e.getMessage(), e);
        } finally {
            r.release();
            converter.close();
        }
        return file;
    }

    /** A picture whose top is clearly marked, so an upside-down or turned result can be seen. */
    public static BufferedImage picture(int w, int h, int frame) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 200), w, h, new Color(240, 180, 40)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(0, 0, w, h / 8);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, h / 8)));
        g.drawString("TOP " + frame, w / 10, h / 3);
        g.dispose();
        return img;
    }

    /** A copy of {@code source} cut to {@code fraction} of its bytes, like an interrupted copy. */
    public static Path truncated(Path source, Path target, double fraction) throws IOException {
        Files.copy(source, target);
        try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
            f.setLength((long) (f.length() * fraction));
        }
        return target;
    }
}
