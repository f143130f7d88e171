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

/**
 * A waveform picture of a file's sound: peak and RMS per column over the whole duration, mixed to mono, scaled
 * to the recording's own peak (so a quiet recording still shows its shape, up to 40 dB of gain) with that peak
 * written on it in dBFS. The thumbnail's source says the peak too: "waveform, peak -23.4 dBFS".
 */
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
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT); // interleaved: the channels of a moment side by side
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
                int channels = Math.max(1, f.audioChannels);
                int n = b.limit() / channels;
                double rate = f.sampleRate > 0 ? f.sampleRate : grabber.getSampleRate();
                for (int i = 0; i < n; i++) {
                    // the shape is the channels' mean; the peak is the loudest channel's (true sample peak)
                    float sum = 0;
                    float loudest = 0;
                    for (int c = 0; c < channels; c++) {
                        int k = i * channels + c;
                        float v = b instanceof FloatBuffer fb ? fb.get(k) : b instanceof ShortBuffer sb ? sb.get(k) / 32768f : 0f;
                        sum += v;
                        loudest = Math.max(loudest, Math.abs(v));
                    }
                    float v = sum / channels;
                    long t = f.timestamp + (long) (i * 1_000_000 / rate);
                    int col = (int) Math.min(width - 1, Math.max(0, t * width / length));
                    if (loudest > peaks[col]) {
                        peaks[col] = loudest;
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
        float peak = 0;
        for (float p : peaks) {
            peak = Math.max(peak, p);
        }
        // at most 40 dB of gain: a silent file stays flat rather than showing its noise as sound
        double gain = peak > 0 ? Math.min(100.0, 1.0 / peak) : 1.0;
        String level = peak > 0 ? String.format(java.util.Locale.ROOT, "peak %.1f dBFS", 20 * Math.log10(Math.min(1f, peak)))
                : "silent";
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        int mid = height / 2;
        for (int x = 0; x < width; x++) {
            int p = (int) Math.round(Math.min(1.0, peaks[x] * gain) * (mid - 1));
            int r = counts[x] == 0 ? 0 : (int) Math.round(Math.min(1.0, Math.sqrt(squares[x] / counts[x]) * gain) * (mid - 1));
            g.setColor(PEAK);
            g.drawLine(x, mid - p, x, mid + p);
            g.setColor(RMS);
            g.drawLine(x, mid - r, x, mid + r);
        }
        g.setColor(new Color(63, 63, 70));
        g.drawLine(0, mid, width, mid);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, Math.max(10, Math.min(16, height / 12))));
        g.setColor(new Color(228, 228, 231));
        g.drawString(level, 6, g.getFontMetrics().getAscent() + 4);
        g.dispose();
        progress.update(1.0, "Waveform done");
        return new Thumbnail(Pictures.jpeg(img, 0.9f), width, height, null, "waveform, " + level);
    }
}
