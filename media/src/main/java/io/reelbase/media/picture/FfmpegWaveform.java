package io.reelbase.media.picture;

import io.reelbase.core.Progress;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** A waveform picture of a file's sound: peak and RMS per column over the whole duration, mixed to mono. */
public final class FfmpegWaveform {
    private static final Color BACKGROUND = new Color(24, 24, 27);
    private static final Color PEAK = new Color(96, 165, 250);
    private static final Color RMS = new Color(191, 219, 254);

    public Thumbnail waveform(Path file, int width, int height, Progress progress) {
        if (width < 16 || height < 16 || width > 8192 || height > 4096) {
            throw new IllegalArgumentException("waveform size out of range: " + width + "x" + height);
        }
        FfmpegProbe.checkReadable(file);
        float[] peaks = new float[width];
        double[] squares = new double[width];
        long[] counts = new long[width];
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            grabber.setAudioChannels(1);
            grabber.start();
            if (!grabber.hasAudio()) {
                throw new MediaException(file, "there is no sound in this file.", "Waveforms are made for sound.");
            }
            long length = grabber.getLengthInTime();
            if (length <= 0) {
                throw new MediaException(file, "the length of its sound is unknown.", "The file may be damaged.");
            }
            Frame f;
            long frames = 0;
            while ((f = grabber.grabSamples()) != null) {
                if (f.samples == null) {
                    continue;
                }
                if (progress.isCancelled()) {
                    throw new MediaException(file, "the waveform was cancelled.", "");
                }
                Buffer b = f.samples[0];
                int n = b.limit();
                double rate = f.sampleRate > 0 ? f.sampleRate : grabber.getSampleRate();
                for (int i = 0; i < n; i++) {
                    float v = b instanceof FloatBuffer fb ? fb.get(i) : b instanceof ShortBuffer sb ? sb.get(i) / 32768f : 0f;
                    long t = f.timestamp + (long) (i * 1_000_000 / rate);
                    int col = (int) Math.min(width - 1, Math.max(0, t * width / length));
                    float a = Math.abs(v);
                    if (a > peaks[col]) {
                        peaks[col] = a;
                    }
                    squares[col] += (double) v * v;
                    counts[col]++;
                }
                if (++frames % 200 == 0) {
                    progress.update(Math.min(1.0, f.timestamp / (double) length), "Waveform of " + file.getFileName());
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaException(file, "its sound could not be decoded (" + e.getMessage() + ").", "The file may be damaged.", e);
        } finally {
            try {
                grabber.release();
            } catch (FrameGrabber.Exception ignored) {
                // done anyway
            }
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        int mid = height / 2;
        for (int x = 0; x < width; x++) {
            int p = Math.round(Math.min(1f, peaks[x]) * (mid - 1));
            int r = counts[x] == 0 ? 0 : (int) Math.round(Math.min(1.0, Math.sqrt(squares[x] / counts[x])) * (mid - 1));
            g.setColor(PEAK);
            g.drawLine(x, mid - p, x, mid + p);
            g.setColor(RMS);
            g.drawLine(x, mid - r, x, mid + r);
        }
        g.setColor(new Color(63, 63, 70));
        g.drawLine(0, mid, width, mid);
        g.dispose();
        progress.update(1.0, "Waveform done");
        return new Thumbnail(Pictures.jpeg(img, 0.9f), width, height, null, "waveform");
    }
}
