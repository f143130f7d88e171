package io.reelbase.media.picture;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.core.media.Thumbnailer;
import io.reelbase.media.document.PdfDocuments;
import io.reelbase.media.probe.Animation;
import io.reelbase.media.probe.ExifReader;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Poster frames for video (around 10% in, passing over black and flat frames), stills and cover art,
 * turned upright and scaled to the asked long side. Only keyframes are decoded, straight at the
 * reduced size (JPEGs at a reduced scale), so a thumbnail costs one seek and one decoded picture; a preview and
 * its thumbnail cost one together.
 */
public final class FfmpegThumbnailer implements Thumbnailer {
    /** Where to look, as fractions of the duration, in order. */
    private static final double[] POSITIONS = {0.10, 0.25, 0.40, 0.60, 0.05, 0.80};

    private final ExifReader exifReader = new ExifReader();
    private final FfmpegWaveform waveforms = new FfmpegWaveform();

    public FfmpegThumbnailer() {
    }

    @Override
    public Thumbnail thumbnail(Path file, int longSide) {
        return thumbnails(file, longSide).get(0);
    }

    /**
     * The same picture at several long sides (a preview and its thumbnail), decoded once at the largest and
     * scaled down for the others; in the order asked.
     */
    @Override
    public List<Thumbnail> thumbnails(Path file, int... longSides) {
        if (longSides.length == 0) {
            throw new IllegalArgumentException("no thumbnail size asked for");
        }
        int largest = 0;
        for (int side : longSides) {
            if (side < 16 || side > 8192) {
                throw new IllegalArgumentException("thumbnail size must be 16..8192 pixels, not " + side);
            }
            largest = Math.max(largest, side);
        }
        FfmpegProbe.checkReadable(file);
        if (PdfDocuments.isPdf(file)) {
            return each(longSides, side -> PdfDocuments.thumbnail(file, side));
        }
        try (FrameGrab grab = new FrameGrab(file)) {
            if (!grab.openVideo(true, largest)) {
                if (grab.hasAudio()) {
                    // Sound without a cover: its waveform, in the thumbnail's 16:9 frame.
                    return each(longSides, side -> waveforms.waveform(file, side, Math.max(16, side * 9 / 16),
                            io.reelbase.core.Progress.NONE));
                }
                throw new MediaException(file, "there is no picture in this file.",
                        "Nothing to show as a thumbnail; the library shows a placeholder instead.");
            }
            boolean still = grab.isStill();
            Animation animation = still ? Animation.read(file) : null;
            FrameGrab.Decoded chosen = animation != null ? animated(grab, animation, largest)
                    : still || grab.isCoverArt() ? grab.grab(0, largest) : choose(grab, largest);
            if (chosen == null) {
                throw new MediaException(file, "no picture could be decoded from it.",
                        "The file may be damaged or cut short; try playing it in a media player.");
            }
            BufferedImage upright = Pictures.upright(chosen.image(), grab.orientation(() -> exifReader.read(file).orientation()));
            Long at = grab.isCoverArt() || still && animation == null ? null : chosen.timestampMs();
            String source = grab.isCoverArt() ? "cover art" : animation != null ? "animation frame" : still ? "still" : "poster frame";
            return each(longSides, side -> {
                BufferedImage image = Pictures.scaledTo(upright, side);
                return new Thumbnail(Pictures.jpeg(image, 0.85f), image.getWidth(), image.getHeight(), at, source);
            });
        }
    }

    /** One picture per long side, in the order asked. */
    private static List<Thumbnail> each(int[] longSides, IntFunction<Thumbnail> make) {
        return Arrays.stream(longSides).mapToObj(make).toList();
    }

    /** The frame shown about 10% into an animated still (WebP drawn here; GIF and APNG by FFmpeg's decoders). */
    private static FrameGrab.Decoded animated(FrameGrab grab, Animation animation, int longSide) {
        int index = animation.frameAt(0.10);
        long at = 0;
        for (int i = 0; i < index; i++) {
            at += animation.frames().get(i).durationMs();
        }
        if (animation.frames().get(0).bitstream() != null) {
            BufferedImage canvas = WebpFrames.render(animation, index, longSide);
            return canvas == null ? null : new FrameGrab.Decoded(canvas, at);
        }
        FrameGrab.Decoded d = grab.grabFrame(index, longSide);
        return d == null ? grab.grab(0, longSide) : new FrameGrab.Decoded(d.image(), at);
    }

    private static FrameGrab.Decoded choose(FrameGrab grab, int longSide) {
        double duration = grab.durationSeconds();
        if (grab.isCoverArt() || duration <= 0) {
            return grab.grab(0, longSide);
        }
        FrameGrab.Decoded best = null;
        double bestSpread = -1;
        for (double at : POSITIONS) {
            FrameGrab.Decoded d = grab.grab(duration * at, longSide);
            if (d == null) {
                continue;
            }
            double[] stats = Pictures.lumaStats(d.image());
            if (!Pictures.isFlat(stats)) {
                return d;
            }
            if (stats[1] > bestSpread) {
                best = d;
                bestSpread = stats[1];
            }
        }
        // Every keyframe looked at was black or flat (a fade-in, a short clip with one keyframe):
        // decode on from the start, frame by frame, for a few seconds' worth.
        FrameGrab.Decoded moving = grab.scan(0, longSide, 240, stats -> !Pictures.isFlat(stats));
        if (moving != null) {
            return moving;
        }
        return best != null ? best : grab.grab(0, longSide);
    }
}
