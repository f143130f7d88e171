package io.reelbase.media.worker;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.Proxy;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.picture.FfmpegFilmstrip;
import io.reelbase.media.picture.FfmpegThumbnailer;
import io.reelbase.media.picture.FfmpegWaveform;
import io.reelbase.media.proxy.FfmpegProxy;
import io.reelbase.media.probe.FfmpegProbe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The child process that decodes files people did not make. It reads requests on standard input and
 * answers on standard output, one line each; if FFmpeg crashes or hangs on a file, only this process
 * dies, and the app starts another.
 */
public final class MediaWorkerMain {
    /** Lets tests make the worker die or hang on purpose; never set in the app. */
    static final String TEST_OPS = "reelbase.worker.testOps";

    private MediaWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        // The protocol owns standard output; anything else printed would corrupt it.
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        FfmpegProbe probe = new FfmpegProbe();
        FfmpegThumbnailer thumbnailer = new FfmpegThumbnailer();
        FfmpegFilmstrip filmstrips = new FfmpegFilmstrip();
        FfmpegProxy proxies = new FfmpegProxy();
        FfmpegWaveform waveforms = new FfmpegWaveform();
        boolean testOps = Boolean.getBoolean(TEST_OPS);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        protocol.println("{\"ready\":true}");
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Request req = WorkerProtocol.JSON.readValue(line, WorkerProtocol.Request.class);
            WorkerProtocol.Response res;
            try {
                Map<String, Object> result = switch (req.op()) {
                    case "probe" -> probeResult(probe.probe(Path.of(req.path())));
                    case "thumbnails" -> Map.of("pictures", thumbnailer.thumbnails(Path.of(req.path()),
                            req.sizes().stream().mapToInt(Integer::intValue).toArray()).stream().map(MediaWorkerMain::thumbnailResult).toList());
                    case "filmstrip" -> filmstripResult(filmstrips.filmstrip(Path.of(req.path()), req.size(), 240,
                            reporter(protocol, req.id())));
                    case "scenes" -> filmstripResult(filmstrips.scenes(Path.of(req.path()), req.size(), 240,
                            reporter(protocol, req.id())));
                    case "waveform" -> thumbnailResult(waveforms.waveform(Path.of(req.path()), req.size(), req.height(),
                            reporter(protocol, req.id())));
                    case "proxy" -> proxyResult(proxies.proxy(Path.of(req.path()), Path.of(req.target()),
                            reporter(protocol, req.id())));
                    case "test-crash" -> {
                        if (!testOps) {
                            throw new IllegalArgumentException("unknown operation " + req.op());
                        }
                        Runtime.getRuntime().halt(134);
                        yield Map.of();
                    }
                    case "test-hang" -> {
                        if (!testOps) {
                            throw new IllegalArgumentException("unknown operation " + req.op());
                        }
                        Thread.sleep(Long.MAX_VALUE);
                        yield Map.of();
                    }
                    default -> throw new IllegalArgumentException("unknown operation " + req.op());
                };
                res = new WorkerProtocol.Response(req.id(), true, result, null, null, null, null);
            } catch (ReelbaseException e) {
                res = new WorkerProtocol.Response(req.id(), false, null, e.getMessage(), e.advice(), null, null);
            } catch (RuntimeException | OutOfMemoryError e) {
                res = new WorkerProtocol.Response(req.id(), false, null,
                        Path.of(req.path()).getFileName() + ": " + e, "The file may be damaged.", null, null);
            }
            protocol.println(WorkerProtocol.JSON.writeValueAsString(res));
        }
    }

    private static Map<String, Object> probeResult(ProbeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", r.raw());
        m.put("summary", r.summary());
        m.put("warnings", r.warnings());
        return m;
    }

    /** Progress lines for long work; cancelling is done by the parent stopping this process. */
    private static Progress reporter(PrintStream protocol, long id) {
        return new Progress() {
            private long last;

            @Override
            public void update(double fraction, String message) {
                long now = System.nanoTime();
                if (now - last > 200_000_000L || fraction >= 1.0) {
                    last = now;
                    try {
                        protocol.println(WorkerProtocol.JSON.writeValueAsString(
                                WorkerProtocol.Response.progress(id, fraction, message)));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static Map<String, Object> filmstripResult(Filmstrip f) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> frames = new ArrayList<>();
        for (Filmstrip.Frame fr : f.frames()) {
            frames.add(Map.of("timestampMs", fr.timestampMs(), "jpeg", Base64.getEncoder().encodeToString(fr.jpeg()),
                    "width", fr.width(), "height", fr.height()));
        }
        m.put("frames", frames);
        m.put("sheet", thumbnailResult(f.contactSheet()));
        return m;
    }

    private static Map<String, Object> proxyResult(Proxy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file().toString());
        m.put("sizeBytes", p.sizeBytes());
        m.put("width", p.width());
        m.put("height", p.height());
        m.put("durationMs", p.durationMs());
        return m;
    }

    private static Map<String, Object> thumbnailResult(Thumbnail t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jpeg", Base64.getEncoder().encodeToString(t.jpeg()));
        m.put("width", t.width());
        m.put("height", t.height());
        m.put("timestampMs", t.timestampMs());
        m.put("source", t.source());
        return m;
    }
}
