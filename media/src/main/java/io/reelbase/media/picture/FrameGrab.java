package io.reelbase.media.picture;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Orientation;
import io.reelbase.media.DisplayMatrix;
import io.reelbase.media.DolbyVision;
import io.reelbase.media.FfmpegErrors;
import io.reelbase.media.PictureOrientation;
import io.reelbase.media.TileGrid;
import io.reelbase.media.probe.ExifReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One open video (or still, or cover art) stream from which pictures are taken: seek near a time,
 * decode the nearest keyframe only (or every frame, for exact times, scans and scene cuts), scale straight
 * to the wanted size with the pixel aspect applied. Decoding is {@link FrameReader}'s, scaling
 * {@link FrameScaler}'s.
 * Not thread-safe; close it.
 */
final class FrameGrab implements AutoCloseable {
    private final Path file;
    private final AVFormatContext fmt = new AVFormatContext(null);
    private AVCodecContext decoder;
    private AVStream stream;
    private final FrameScaler scaler = FrameScaler.forPictures();
    private FrameReader reader;
    private boolean opened;
    /** Whether packets were read already, so that a grab at 0 must seek back. */
    private boolean used;
    /** The tile grid the picture is stored as (HEIF), or null. */
    private TileGrid grid;
    private int missingTiles;
    private ToneMapper toneMapper;
    private boolean missingPart;

    FrameGrab(Path file) {
        this.file = file;
        int r = avformat.avformat_open_input(fmt, file.toString(), null, null);
        if (r < 0) {
            close();
            throw new MediaException(file, "cannot be opened for pictures (" + FfmpegErrors.text(r) + ").",
                    "Check that the file is complete and is video or a picture.");
        }
        opened = true;
        DolbyVision.mapSampleEntries(fmt);
        // Containers with global headers (MP4, MOV, MKV, stills) already say all a decoder needs;
        // reading ahead to find stream details is only paid for where they do not (MPEG-TS, raw streams).
        // A tiled photo's item properties say all its tiles' decoder needs; reading ahead would decode every tile.
        grid = TileGrid.find(fmt);
        if (grid == null && !headersComplete()) {
            avformat.avformat_find_stream_info(fmt, (PointerPointer<?>) null);
        }
    }

    private boolean headersComplete() {
        if (fmt.nb_streams() == 0) {
            return false;
        }
        boolean anyVideo = false;
        for (int i = 0; i < fmt.nb_streams(); i++) {
            var par = fmt.streams(i).codecpar();
            if (par.codec_type() == avutil.AVMEDIA_TYPE_VIDEO) {
                anyVideo = true;
                if (par.width() <= 0 || par.height() <= 0 || par.format() < 0) {
                    return false;
                }
            }
        }
        return anyVideo;
    }

    String formatName() {
        return fmt.iformat().name().getString();
    }

    /** The container's major brand (MP4/HEIF family), or null. */
    String majorBrand() {
        var e = avutil.av_dict_get(fmt.metadata(), "major_brand", null, 0);
        return e == null || e.isNull() ? null : e.value().getString();
    }

    boolean hasAudio() {
        for (int i = 0; i < fmt.nb_streams(); i++) {
            if (fmt.streams(i).codecpar().codec_type() == avutil.AVMEDIA_TYPE_AUDIO) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transform that shows the open picture upright ({@link PictureOrientation}): the tile grid's or the
     * stream's display matrix, else for a still its EXIF orientation, read only then from {@code exif}
     * (may be null for video).
     */
    Orientation orientation(Supplier<Integer> exif) {
        DisplayMatrix matrix = grid != null ? grid.matrix() : DisplayMatrix.of(stream.codecpar());
        boolean still = isStill();
        return PictureOrientation.of(matrix, still, matrix == null && still && exif != null ? exif.get() : null);
    }

    /** A still picture format (JPEG, PNG, HEIF, AVIF, …) rather than video. */
    boolean isStill() {
        return ExifReader.isStillFormat(formatName(), majorBrand());
    }

    /** Whether part of a still could not be decoded (it is shown grey). */
    boolean missingPart() {
        return missingPart || missingTiles > 0;
    }

    /** Tiles of a grid picture that could not be decoded at the last grab (0 for other pictures). */
    int missingTiles() {
        return missingTiles;
    }

    /** Chooses the main picture stream: a real video stream, else cover art. Returns false if there is none. */
    boolean openVideo(boolean keyframesOnly) {
        return openVideo(keyframesOnly, 0);
    }

    /**
     * As {@link #openVideo(boolean)}, for pictures of at most {@code longSide} pixels (0: any size): a JPEG is then
     * decoded at a half, a quarter or an eighth of its size where that is still at least {@code longSide}
     * (JPEG's DCT scaling: a 12 MP photo's preview decodes in about a third of the time, its thumbnail in a fifth).
     */
    boolean openVideo(boolean keyframesOnly, int longSide) {
        int best = -1;
        int cover = -1;
        for (int i = 0; i < fmt.nb_streams(); i++) {
            AVStream s = fmt.streams(i);
            if (s.codecpar().codec_type() != avutil.AVMEDIA_TYPE_VIDEO) {
                continue;
            }
            if ((s.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0) {
                cover = cover < 0 ? i : cover;
            } else if (best < 0 || (s.disposition() & avformat.AV_DISPOSITION_DEFAULT) != 0) {
                best = best < 0 ? i : best;
            }
        }
        int chosen = grid != null && !grid.tiles().isEmpty() ? grid.tiles().get(0).streamIndex() : best >= 0 ? best : cover;
        if (chosen < 0) {
            return false;
        }
        stream = fmt.streams(chosen);
        AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null || codec.isNull()) {
            throw new MediaException(file, "its picture is coded as " + avcodec.avcodec_get_name(stream.codecpar().codec_id()).getString()
                    + ", which this FFmpeg cannot decode.", "Convert it to a common format (H.264, HEVC, ProRes, JPEG).");
        }
        decoder = avcodec.avcodec_alloc_context3(codec);
        avcodec.avcodec_parameters_to_context(decoder, stream.codecpar());
        decoder.thread_count(0);
        decoder.thread_type(2); // FF_THREAD_SLICE: no frame-threading delay for a single picture
        if (keyframesOnly) {
            decoder.skip_frame(avcodec.AVDISCARD_NONKEY);
        }
        decoder.lowres(reduction(codec, longSide));
        int r = avcodec.avcodec_open2(decoder, codec, (PointerPointer<?>) null);
        if (r < 0) {
            throw new MediaException(file, "the picture decoder would not start (" + FfmpegErrors.text(r) + ").",
                    "The file may be damaged.");
        }
        reader = new FrameReader(fmt, stream, decoder);
        return true;
    }

    /** How many halvings the decoder may skip with the picture's long side staying at least {@code longSide}. */
    private int reduction(AVCodec codec, int longSide) {
        var par = stream.codecpar();
        if (longSide <= 0 || grid != null || par.codec_id() != avcodec.AV_CODEC_ID_MJPEG) {
            return 0;
        }
        int side = Math.max(par.width(), par.height());
        int halvings = 0;
        while (halvings < codec.max_lowres() && (side >> (halvings + 1)) >= longSide) {
            halvings++;
        }
        return halvings;
    }

    boolean isCoverArt() {
        return (stream.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0;
    }

    /** Duration of the file in seconds, or 0 if unknown. */
    double durationSeconds() {
        if (stream.duration() > 0) {
            return stream.duration() * avutil.av_q2d(stream.time_base());
        }
        return fmt.duration() > 0 ? fmt.duration() / (double) avutil.AV_TIME_BASE : 0;
    }

    /** Seeks to the keyframe at or before {@code seconds} and decodes the first picture from there, or null. */
    Decoded grab(double seconds, int longSide) {
        if (grid != null) {
            GridAssembler.Result r = new GridAssembler(fmt, decoder, grid).assemble(longSide, used);
            used = true;
            missingTiles = r.missingTiles();
            return r.missingTiles() == r.tiles() ? null : new Decoded(r.image(), null);
        }
        if (isCoverArt()) {
            return reader.decodeOne(stream.attached_pic()) ? convert(longSide) : null;
        }
        if (seconds > 0 || used) {
            reader.seekBefore(seconds);
        }
        used = true;
        return reader.decode(5000, f -> FrameReader.Verdict.TAKE) ? convert(longSide) : null;
    }

    /** Picture number {@code index} (0-based) from the start, decoding every frame on the way (animated stills). */
    Decoded grabFrame(int index, int longSide) {
        int[] seen = {0};
        return everyFrame(() -> reader.decode(Math.max(100, index * 4 + 100),
                f -> seen[0]++ >= index ? FrameReader.Verdict.TAKE : FrameReader.Verdict.NEXT) ? convert(longSide) : null);
    }

    /**
     * The first picture at or after {@code seconds}: seeks to the keyframe before it and decodes on
     * (all frames) to the time. Slower than {@link #grab} but exact; for filmstrips.
     */
    Decoded grabExact(double seconds, int longSide) {
        long target = reader.seekBefore(seconds);
        return everyFrame(() -> reader.decode(50_000, f -> {
            long pts = f.best_effort_timestamp();
            return pts == avutil.AV_NOPTS_VALUE || pts >= target ? FrameReader.Verdict.TAKE : FrameReader.Verdict.NEXT;
        }) ? convert(longSide) : null);
    }

    /**
     * Decodes every frame (not only keyframes) from the keyframe before {@code seconds}, for at most
     * {@code maxFrames} pictures, and returns the first whose luma statistics (mean, spread) {@code good}
     * accepts, or null. Pictures are judged on the decoded luma plane; only the chosen one is scaled.
     */
    Decoded scan(double seconds, int longSide, int maxFrames, java.util.function.Predicate<double[]> good) {
        Decoded[] judged = new Decoded[1];
        int[] frames = {0};
        return everyFrame(() -> {
            reader.seekBefore(seconds);
            boolean taken = reader.decode(20_000, f -> {
                if (frames[0]++ >= maxFrames) {
                    return FrameReader.Verdict.STOP;
                }
                double[] luma = RawLuma.stats(f);
                if (luma != null) {
                    return good.test(luma) ? FrameReader.Verdict.TAKE : FrameReader.Verdict.NEXT;
                }
                // A format RawLuma does not read: judge the scaled picture instead.
                Decoded d = convert(longSide);
                if (d != null && good.test(Pictures.lumaStats(d.image()))) {
                    judged[0] = d;
                    return FrameReader.Verdict.STOP;
                }
                return FrameReader.Verdict.NEXT;
            });
            return taken ? convert(longSide) : judged[0];
        });
    }

    /**
     * One picture per scene: decodes the whole video, compares each frame with the one before at a tiny
     * size ({@link SceneCuts}), and keeps the first frame after every cut, up to {@code max} scenes.
     */
    java.util.List<Decoded> scenes(int longSide, double threshold, long minGapMs, int max, io.reelbase.core.Progress progress) {
        java.util.List<Decoded> found = new java.util.ArrayList<>();
        SceneCuts cuts = new SceneCuts(threshold, minGapMs);
        // Small colour pictures: a cut between shots of equal brightness still shows in the colours.
        byte[] tiny = new byte[32 * 18 * 3];
        double duration = durationSeconds();
        int[] frames = {0};
        try (FrameScaler small = FrameScaler.forComparing()) {
            return everyFrame(() -> {
                reader.seekBefore(0);
                reader.decode(Integer.MAX_VALUE, f -> {
                    if (progress.isCancelled()) {
                        throw new MediaException(file, "scene detection was cancelled.", "");
                    }
                    Long at = reader.millis(f);
                    long ms = at == null ? 0 : at;
                    if (small.into(f, 32, 18, tiny) && cuts.isCut(tiny, ms)) {
                        Decoded d = convert(longSide);
                        if (d != null) {
                            found.add(d);
                        }
                    }
                    if (++frames[0] % 50 == 0 && duration > 0) {
                        progress.update(Math.min(1.0, ms / 1000.0 / duration), "Looking for scene changes");
                    }
                    return found.size() < max ? FrameReader.Verdict.NEXT : FrameReader.Verdict.STOP;
                });
                return found;
            });
        }
    }

    /** Runs {@code work} decoding every frame, not only keyframes, then goes back to keyframes only. */
    private <T> T everyFrame(java.util.function.Supplier<T> work) {
        decoder.skip_frame(avcodec.AVDISCARD_DEFAULT);
        try {
            used = true;
            return work.get();
        } finally {
            decoder.skip_frame(avcodec.AVDISCARD_NONKEY);
        }
    }

    /** The frame in the reader at the size asked for, pixel aspect applied; the frame is released. */
    private Decoded convert(int longSide) {
        AVFrame f = reader.frame();
        try {
            if (f.width() <= 0 || f.height() <= 0) {
                return null;
            }
            if (isStill() && MissingPixels.neutralise(f)) {
                missingPart = true;
            }
            AVRational sar = avformat.av_guess_sample_aspect_ratio(fmt, stream, f);
            double aspect = sar.num() > 0 && sar.den() > 0 ? sar.num() / (double) sar.den() : 1.0;
            int[] size = FrameScaler.fit(f.width(), f.height(), aspect, longSide);
            BufferedImage image = ToneMapper.needed(f) ? toneMapper().image(f, size[0], size[1]) : null;
            if (image == null) {
                image = scaler.image(f, size[0], size[1]);
            }
            return image == null ? null : new Decoded(image, reader.millis(f));
        } finally {
            avutil.av_frame_unref(f);
        }
    }

    private ToneMapper toneMapper() {
        if (toneMapper == null) {
            toneMapper = new ToneMapper();
        }
        return toneMapper;
    }

    /** A decoded picture and its time in the file. */
    record Decoded(BufferedImage image, Long timestampMs) {
    }

    @Override
    public void close() {
        if (decoder != null) {
            avcodec.avcodec_free_context(decoder);
            decoder = null;
        }
        if (reader != null) {
            reader.close();
            reader = null;
        }
        scaler.close();
        if (toneMapper != null) {
            toneMapper.close();
        }
        if (opened) {
            avformat.avformat_close_input(fmt);
            opened = false;
        }
    }
}
