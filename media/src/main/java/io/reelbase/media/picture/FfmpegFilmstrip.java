package io.reelbase.media.picture;

import io.reelbase.core.Progress;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Orientation;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Filmstrips: {@code count} upright frames at even steps through a video (exact times), and a contact sheet. */
public final class FfmpegFilmstrip {
    private static final int COLUMNS = 5;

    public Filmstrip filmstrip(Path file, int count, int frameLongSide, Progress progress) {
        if (count < 1 || count > 500) {
            throw new IllegalArgumentException("a filmstrip has 1..500 frames, not " + count);
        }
        FfmpegProbe.checkReadable(file);
        try (FrameGrab grab = new FrameGrab(file)) {
            if (!grab.openVideo(false) || grab.isCoverArt()) {
                throw new MediaException(file, "there is no moving picture in this file.", "Filmstrips are made for video.");
            }
            double duration = grab.durationSeconds();
            if (duration <= 0) {
                throw new MediaException(file, "its duration is unknown, so frames cannot be spread over it.",
                        "The file may be damaged or a live stream dump; remux it with a media tool.");
            }
            Orientation orientation = grab.orientation(null);
            List<BufferedImage> images = new ArrayList<>();
            List<Filmstrip.Frame> frames = new ArrayList<>();
            long lastMs = -1;
            for (int i = 0; i < count; i++) {
                if (progress.isCancelled()) {
                    throw new MediaException(file, "the filmstrip was cancelled.", "");
                }
                double at = duration * (i + 0.5) / count;
                FrameGrab.Decoded d = grab.grabExact(at, frameLongSide);
                if (d == null) {
                    continue;
                }
                long ms = d.timestampMs() == null ? Math.round(at * 1000) : d.timestampMs();
                if (ms == lastMs) {
                    continue;
                }
                lastMs = ms;
                BufferedImage upright = Pictures.upright(d.image(), orientation);
                images.add(upright);
                frames.add(new Filmstrip.Frame(ms, Pictures.jpeg(upright, 0.8f), upright.getWidth(), upright.getHeight()));
                progress.update((i + 1) / (double) count, "Frame " + (i + 1) + " of " + count);
            }
            if (frames.isEmpty()) {
                throw new MediaException(file, "no frame could be decoded from it.", "The file may be damaged or cut short.");
            }
            BufferedImage sheet = contactSheet(images, frames);
            return new Filmstrip(frames, new Thumbnail(Pictures.jpeg(sheet, 0.85f), sheet.getWidth(), sheet.getHeight(),
                    null, "contact sheet"));
        }
    }

    /** One frame per scene (cut detection on the whole video), at most {@code max}, with a contact sheet. */
    public Filmstrip scenes(Path file, int max, int frameLongSide, Progress progress) {
        if (max < 1 || max > 500) {
            throw new IllegalArgumentException("1..500 scenes, not " + max);
        }
        FfmpegProbe.checkReadable(file);
        try (FrameGrab grab = new FrameGrab(file)) {
            if (!grab.openVideo(false) || grab.isCoverArt()) {
                throw new MediaException(file, "there is no moving picture in this file.", "Scenes are found in video.");
            }
            Orientation orientation = grab.orientation(null);
            List<BufferedImage> images = new ArrayList<>();
            List<Filmstrip.Frame> frames = new ArrayList<>();
            for (FrameGrab.Decoded d : grab.scenes(frameLongSide, 0.25, 500, max, progress)) {
                BufferedImage upright = Pictures.upright(d.image(), orientation);
                images.add(upright);
                frames.add(new Filmstrip.Frame(d.timestampMs() == null ? 0 : d.timestampMs(), Pictures.jpeg(upright, 0.8f),
                        upright.getWidth(), upright.getHeight()));
            }
            if (frames.isEmpty()) {
                throw new MediaException(file, "no frame could be decoded from it.", "The file may be damaged or cut short.");
            }
            progress.update(1.0, frames.size() + " scenes");
            BufferedImage sheet = contactSheet(images, frames);
            return new Filmstrip(frames, new Thumbnail(Pictures.jpeg(sheet, 0.85f), sheet.getWidth(), sheet.getHeight(),
                    null, "scene sheet"));
        }
    }

    static BufferedImage contactSheet(List<BufferedImage> images, List<Filmstrip.Frame> frames) {
        int cellW = images.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int cellH = images.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        int gap = 6;
        int label = 18;
        int cols = Math.min(COLUMNS, images.size());
        int rows = (images.size() + cols - 1) / cols;
        BufferedImage sheet = new BufferedImage(cols * (cellW + gap) + gap, rows * (cellH + label + gap) + gap,
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(24, 24, 27));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        for (int i = 0; i < images.size(); i++) {
            int x = gap + (i % cols) * (cellW + gap);
            int y = gap + (i / cols) * (cellH + label + gap);
            BufferedImage img = images.get(i);
            g.drawImage(img, x + (cellW - img.getWidth()) / 2, y + (cellH - img.getHeight()) / 2, null);
            g.setColor(new Color(228, 228, 231));
            g.drawString(timecode(frames.get(i).timestampMs()), x + 2, y + cellH + 14);
        }
        g.dispose();
        return sheet;
    }

    static String timecode(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", s / 3600, (s / 60) % 60, s % 60, ms % 1000);
    }
}
