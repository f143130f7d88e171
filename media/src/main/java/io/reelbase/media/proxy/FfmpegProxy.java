package io.reelbase.media.proxy;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Proxy;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.media.probe.FfmpegProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameFilter;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Proxies that JavaFX Media plays: H.264 (yuv420p, square pixels, upright) and AAC stereo in MP4
 * with the index at the front, at most 1280x720 (720x1280 for portrait). Sound files get an AAC-only
 * MP4. Written to a ".part" file and moved into place when complete, so a cancelled or failed
 * proxy leaves nothing half-made.
 */
public final class FfmpegProxy {
    private final FfmpegProbe probe = new FfmpegProbe();

    public Proxy proxy(Path source, Path target, Progress progress) {
        TechnicalSummary s = probe.probe(source).summary();
        boolean video = s.assetType() == AssetType.VIDEO && s.videoCodec() != null && s.width() != null && s.width() > 0;
        boolean audio = s.audioCodec() != null;
        if (!video && !audio) {
            throw new MediaException(source, "there is neither moving picture nor sound to make a proxy of.",
                    "Proxies are made for video and sound; stills get previews instead.");
        }
        int[] size = video ? fit(s.displayWidth(), s.displayHeight()) : null;
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            encode(source, part, s, video, audio, size, progress);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Proxy(target, Files.size(target), video ? size[0] : null, video ? size[1] : null,
                    s.durationMs() == null ? 0 : s.durationMs());
        } catch (IOException e) {
            throw new MediaException(source, "the proxy could not be written to " + target + " (" + e.getMessage() + ").",
                    "Check that the disk has room and the folder is writable.", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // best effort: the .part name says it is incomplete
            }
        }
    }

    private static void encode(Path source, Path part, TechnicalSummary s, boolean video, boolean audio, int[] size,
                               Progress progress) throws IOException {
        // A Dolby Vision sample entry (dav1, dvh1, …) is read as its base layer's, which every decoder knows.
        try (BaseLayerInput input = new BaseLayerInput(source, video && s.dolbyVision() != null)) {
            encode(source, new FFmpegFrameGrabber(input.url()), part, s, video, audio, size, progress);
        }
    }

    private static void encode(Path source, FFmpegFrameGrabber grabber, Path part, TechnicalSummary s, boolean video,
                               boolean audio, int[] size, Progress progress) throws IOException {
        FFmpegFrameFilter filter = null;
        FFmpegFrameRecorder recorder = null;
        try {
            grabber.start();
            double fps = video ? Math.min(60, grabber.getFrameRate() > 1 ? grabber.getFrameRate() : 25) : 0;
            recorder = new FFmpegFrameRecorder(part.toFile(), video ? size[0] : 0, video ? size[1] : 0, audio ? 2 : 0);
            recorder.setFormat("mp4");
            recorder.setOption("movflags", "+faststart");
            if (video) {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setVideoOption("preset", "veryfast");
                recorder.setVideoOption("crf", "23");
                recorder.setVideoOption("profile", "high");
                recorder.setFrameRate(fps);
                recorder.setGopSize((int) Math.round(fps * 2));
                filter = new FFmpegFrameFilter(filterGraph(s, size), grabber.getImageWidth(), grabber.getImageHeight());
                filter.setPixelFormat(grabber.getPixelFormat());
                filter.setFrameRate(fps);
                filter.start();
            }
            if (audio) {
                recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                recorder.setAudioBitrate(128_000);
                recorder.setSampleRate(48_000);
                recorder.setAudioChannels(2);
            }
            recorder.start();
            long length = Math.max(1, grabber.getLengthInTime());
            Frame frame;
            long frames = 0;
            long pictures = 0;
            while ((frame = grabber.grab()) != null) {
                if (progress.isCancelled()) {
                    throw new MediaException(source, "making the proxy was cancelled.", "");
                }
                if (frame.image != null && video) {
                    pictures++;
                    filter.push(frame);
                    Frame out;
                    while ((out = filter.pull()) != null) {
                        recorder.record(out, avutil.AV_PIX_FMT_YUV420P);
                    }
                } else if (frame.samples != null && audio) {
                    recorder.recordSamples(frame.sampleRate, frame.audioChannels, frame.samples);
                }
                if (++frames % 25 == 0) {
                    progress.update(Math.min(1.0, frame.timestamp / (double) length), "Proxy of " + source.getFileName());
                }
            }
            if (filter != null) {
                filter.push(null);
                Frame out;
                while ((out = filter.pull()) != null) {
                    recorder.record(out, avutil.AV_PIX_FMT_YUV420P);
                }
            }
            if (video && pictures == 0) {
                throw new MediaException(source, "no picture could be decoded for the proxy.",
                        "The file may be damaged or use a format FFmpeg cannot decode.");
            }
            recorder.stop();
            progress.update(1.0, "Proxy of " + source.getFileName() + " done");
        } catch (FrameGrabber.Exception | FrameRecorder.Exception | FrameFilter.Exception e) {
            throw new MediaException(source, "the proxy could not be made (" + e.getMessage() + ").",
                    "The file may be damaged or use a format FFmpeg cannot decode.", e);
        } finally {
            closeQuietly(recorder, filter, grabber);
        }
    }

    /** Turns upright, mirrors back, scales to square pixels of the proxy's size. */
    static String filterGraph(TechnicalSummary s, int[] size) {
        List<String> steps = new ArrayList<>();
        if (s.mirrored()) {
            steps.add("hflip");
        }
        switch (s.rotation()) {
            case 90 -> steps.add("transpose=clock");
            case 180 -> {
                steps.add("hflip");
                steps.add("vflip");
            }
            case 270 -> steps.add("transpose=cclock");
            default -> {
            }
        }
        steps.add(String.format(Locale.ROOT, "scale=%d:%d", size[0], size[1]));
        steps.add("setsar=1");
        steps.add("format=yuv420p");
        return String.join(",", steps);
    }

    /** The proxy's size: the picture as shown, fitted into 1280x720 (or 720x1280), never enlarged, even sides. */
    public static int[] fit(int displayWidth, int displayHeight) {
        boolean portrait = displayHeight > displayWidth;
        int boxW = portrait ? 720 : 1280;
        int boxH = portrait ? 1280 : 720;
        double scale = Math.min(1.0, Math.min(boxW / (double) displayWidth, boxH / (double) displayHeight));
        int w = Math.max(2, (int) Math.round(displayWidth * scale / 2) * 2);
        int h = Math.max(2, (int) Math.round(displayHeight * scale / 2) * 2);
        return new int[] {w, h};
    }

    private static void closeQuietly(FFmpegFrameRecorder recorder, FFmpegFrameFilter filter, FFmpegFrameGrabber grabber) {
        try {
            if (recorder != null) {
                recorder.release();
            }
        } catch (FrameRecorder.Exception ignored) {
            // already failing or done
        }
        try {
            if (filter != null) {
                filter.release();
            }
        } catch (FrameFilter.Exception ignored) {
            // already failing or done
        }
        try {
            grabber.release();
        } catch (FrameGrabber.Exception ignored) {
            // already failing or done
        }
    }
}
