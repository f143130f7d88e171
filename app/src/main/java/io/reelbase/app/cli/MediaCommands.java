package io.reelbase.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.MediaProbe;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.core.media.Thumbnailer;
import io.reelbase.media.picture.FfmpegThumbnailer;
import io.reelbase.media.probe.FfmpegProbe;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The media engine on the command line: {@code probe} and {@code thumbnail}. */
final class MediaCommands {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private MediaCommands() {
    }

    /** Options every media command shares. */
    static final class Engine {
        @Option(names = "--in-process", description = "Decode in this process instead of a crash-isolated worker (faster to start; a crashing file takes the command down).")
        boolean inProcess;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
                description = "Give up on a file after this long (default ${DEFAULT-VALUE} s).")
        int timeoutSeconds;

        <T> T with(java.util.function.BiFunction<MediaProbe, Thumbnailer, T> work) {
            if (inProcess) {
                FfmpegProbe probe = new FfmpegProbe();
                return work.apply(probe, new FfmpegThumbnailer());
            }
            try (IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults()
                    .withTimePerFile(Duration.ofSeconds(Math.max(1, timeoutSeconds))))) {
                return work.apply(media, media);
            }
        }
    }

    @Command(name = "probe", description = "Print the technical metadata of media files (ffprobe's field names with --json).")
    static final class Probe implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read; each is recognised by its content.")
        List<Path> files;

        @Option(names = "--json", description = "One JSON object per file and line: ffprobe's \"format\" and \"streams\", "
                + "our \"reelbase\" summary, \"warnings\"; or \"error\" for a file that cannot be read.")
        boolean json;

        @picocli.CommandLine.Mixin
        Engine engine = new Engine();

        @Override
        public Integer call() {
            Printer p = root.printer();
            int failed = engine.with((probe, thumbs) -> {
                int bad = 0;
                for (Path f : files) {
                    try {
                        ProbeResult r = probe.probe(f);
                        p.line(json ? asJson(r) : describe(f, r));
                    } catch (MediaException e) {
                        bad++;
                        if (json) {
                            p.line(errorJson(f, e));
                        } else {
                            p.problem(e);
                        }
                    }
                }
                return bad;
            });
            return failed == 0 ? 0 : 1;
        }

        private static String asJson(ProbeResult r) {
            Map<String, Object> out = new LinkedHashMap<>(r.raw());
            out.put("reelbase", r.summary());
            if (!r.warnings().isEmpty()) {
                out.put("warnings", r.warnings());
            }
            return write(out);
        }

        private static String errorJson(Path f, MediaException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("format", Map.of("filename", f.toString()));
            out.put("error", e.getMessage());
            out.put("advice", e.advice());
            return write(out);
        }

        static String describe(Path f, ProbeResult r) {
            TechnicalSummary s = r.summary();
            StringBuilder sb = new StringBuilder(f.toString()).append('\n');
            sb.append("  ").append(s.assetType()).append(", ").append(s.mimeType()).append(" (").append(s.container()).append(")");
            if (s.durationMs() != null) {
                sb.append(String.format(Locale.ROOT, ", %.3f s", s.durationMs() / 1000.0));
            }
            if (s.overallBitrate() != null && s.durationMs() != null) {
                sb.append(String.format(Locale.ROOT, ", %d kb/s", s.overallBitrate() / 1000));
            }
            sb.append('\n');
            if (s.videoCodec() != null) {
                sb.append("  picture: ").append(s.videoCodec());
                if (s.videoProfile() != null) {
                    sb.append(" ").append(s.videoProfile());
                }
                sb.append(", ").append(s.width()).append('x').append(s.height());
                if (s.displayWidth() != null && (!s.displayWidth().equals(s.width()) || !s.displayHeight().equals(s.height()))) {
                    sb.append(" shown as ").append(s.displayWidth()).append('x').append(s.displayHeight());
                }
                var shown = new io.reelbase.core.media.Orientation(s.rotation(), s.mirrored());
                if (!shown.equals(io.reelbase.core.media.Orientation.UPRIGHT)) {
                    sb.append(", ").append(shown.describe());
                }
                if (s.frameRateNum() != null) {
                    sb.append(String.format(Locale.ROOT, ", %.3f fps", s.frameRateNum() / (double) s.frameRateDen()));
                }
                if (s.fieldOrder() != null && !"progressive".equals(s.fieldOrder())) {
                    sb.append(", interlaced (").append(s.fieldOrder()).append(')');
                }
                sb.append(", ").append(s.pixelFormat()).append(", ").append(s.bitDepth()).append("-bit");
                if (s.hdr() != null && s.hdr() != io.reelbase.core.media.HdrFormat.SDR) {
                    sb.append(", HDR ").append(s.hdr());
                }
                if (s.dolbyVision() != null) {
                    sb.append(" ").append(s.dolbyVision());
                }
                if (s.resolutionCategory() != null) {
                    sb.append(", ").append(s.resolutionCategory());
                }
                sb.append('\n');
            }
            if (s.audioCodec() != null) {
                sb.append("  sound: ").append(s.audioCodec()).append(", ").append(s.audioChannels()).append(" ch");
                if (s.audioChannelLayout() != null) {
                    sb.append(" (").append(s.audioChannelLayout()).append(')');
                }
                sb.append(", ").append(s.audioSampleRate()).append(" Hz");
                if (s.audioStreamCount() > 1) {
                    sb.append(", ").append(s.audioStreamCount()).append(" tracks");
                }
                sb.append('\n');
            }
            if (s.exifOrientation() != null || s.cameraModel() != null || s.gpsLatitude() != null) {
                sb.append("  still:");
                if (s.exifOrientation() != null) {
                    sb.append(" EXIF orientation ").append(s.exifOrientation());
                }
                if (s.cameraModel() != null) {
                    sb.append(", camera ").append(s.cameraMake() == null ? "" : s.cameraMake() + " ").append(s.cameraModel());
                }
                if (s.gpsLatitude() != null) {
                    sb.append(String.format(Locale.ROOT, ", at %.5f, %.5f", s.gpsLatitude(), s.gpsLongitude()));
                }
                sb.append('\n');
            }
            if (s.frameCount() != null) {
                sb.append("  animation: ").append(s.frameCount()).append(" frames")
                        .append(s.loopCount() == null ? "" : s.loopCount() == 0 ? ", loops for ever" : ", plays " + s.loopCount() + " times")
                        .append('\n');
            }
            if (s.pageCount() != null) {
                sb.append("  document: ").append(s.pageCount()).append(s.pageCount() == 1 ? " page" : " pages").append('\n');
            }
            if (s.motionClip()) {
                sb.append("  motion photo: a video clip is kept with the still\n");
            }
            r.warnings().forEach(w -> sb.append("  warning: ").append(w).append('\n'));
            return sb.toString().stripTrailing();
        }
    }

    @Command(name = "thumbnail", description = "Write an upright JPEG thumbnail (poster frame, still or cover art) of a file.")
    static final class Thumb implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(paramLabel = "FILE", description = "The media file.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "X.jpg", description = "Where to write the JPEG.")
        Path out;

        @Option(names = "--size", defaultValue = "320", paramLabel = "N", description = "Long side in pixels (default ${DEFAULT-VALUE}; 1280 for a preview).")
        int size;

        @picocli.CommandLine.Mixin
        Engine engine = new Engine();

        @Override
        public Integer call() throws IOException {
            Thumbnail t = engine.with((probe, thumbs) -> thumbs.thumbnail(file, size));
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, t.jpeg());
            root.printer().line("%s: %dx%d %s%s", out, t.width(), t.height(), t.source(),
                    t.timestampMs() == null ? "" : String.format(Locale.ROOT, " at %.3f s", t.timestampMs() / 1000.0));
            return 0;
        }
    }

    @Command(name = "filmstrip", description = "Write a contact sheet of frames spread over a video (and, with --frames-dir, each frame).")
    static final class Strip implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(paramLabel = "FILE", description = "The video.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "X.jpg", description = "Where to write the contact sheet.")
        Path out;

        @Option(names = "--count", defaultValue = "10", paramLabel = "N", description = "How many frames (default ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--scenes", description = "One frame per scene change instead of evenly spaced frames (--count is then the most).")
        boolean scenes;

        @Option(names = "--frames-dir", paramLabel = "DIR", description = "Also write each frame as DIR/frame-NNN-<ms>.jpg.")
        Path framesDir;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "Give up after this long (default ${DEFAULT-VALUE} s).")
        int timeoutSeconds;

        @Override
        public Integer call() throws IOException {
            io.reelbase.core.media.Filmstrip strip;
            try (IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults()
                    .withTimePerFile(Duration.ofSeconds(Math.max(1, timeoutSeconds))))) {
                strip = scenes ? media.scenes(file, count, io.reelbase.core.Progress.NONE)
                        : media.filmstrip(file, count, io.reelbase.core.Progress.NONE);
            }
            write(out, strip.contactSheet().jpeg());
            if (framesDir != null) {
                int i = 0;
                for (var f : strip.frames()) {
                    write(framesDir.resolve(String.format(Locale.ROOT, "frame-%03d-%d.jpg", ++i, f.timestampMs())), f.jpeg());
                }
            }
            root.printer().line("%s: contact sheet of %d %s, %dx%d", out, strip.frames().size(), scenes ? "scenes" : "frames",
                    strip.contactSheet().width(), strip.contactSheet().height());
            return 0;
        }
    }

    @Command(name = "proxy", description = "Write a playable proxy: H.264/AAC MP4, upright, at most 720p.")
    static final class MakeProxy implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(paramLabel = "FILE", description = "The video or sound file.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "X.mp4", description = "Where to write the proxy.")
        Path out;

        @Override
        public Integer call() {
            Printer p = root.printer();
            try (IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults())) {
                long duration = java.util.Optional.ofNullable(media.probe(file).summary().durationMs()).orElse(0L);
                io.reelbase.core.media.Proxy proxy = media.proxy(file, out, duration, new io.reelbase.core.Progress() {
                    private int shown = -1;

                    @Override
                    public void update(double fraction, String message) {
                        int pct = (int) Math.round(fraction * 100);
                        if (pct / 10 != shown / 10) {
                            shown = pct;
                            p.err().printf(Locale.ROOT, "%s: %d%%%n", file.getFileName(), pct);
                            p.err().flush();
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                p.line("%s: %s, %.1f MB, %.3f s", proxy.file(), proxy.width() == null ? "sound only"
                                : proxy.width() + "x" + proxy.height(), proxy.sizeBytes() / 1e6, proxy.durationMs() / 1000.0);
            }
            return 0;
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(target, bytes);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
