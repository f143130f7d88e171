package io.reelbase.media.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.reelbase.core.Progress;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.MediaEngine;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.Proxy;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes and thumbnails made in warm child processes: a crash, hang or runaway memory on a malformed
 * file fails that file with a message, the worker is replaced, and the caller carries on.
 */
public final class IsolatedMedia implements MediaEngine, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedMedia.class);

    private final WorkerLimits limits;
    private final List<String> extraJvmOptions;
    private final BlockingQueue<Slot> slots;
    private final List<Slot> all = new ArrayList<>();
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    /** A place for one worker process, started on first use and after each failure. */
    private static final class Slot {
        WorkerProcess process;
    }

    public IsolatedMedia(WorkerLimits limits) {
        this(limits, List.of());
    }

    IsolatedMedia(WorkerLimits limits, List<String> extraJvmOptions) {
        this.limits = limits;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
        this.slots = new ArrayBlockingQueue<>(limits.workers());
        for (int i = 0; i < limits.workers(); i++) {
            Slot s = new Slot();
            all.add(s);
            slots.add(s);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ProbeResult probe(Path file) {
        Map<String, Object> result = call("probe", file, 0);
        TechnicalSummary summary = WorkerProtocol.JSON.convertValue(result.get("summary"), TechnicalSummary.class);
        return new ProbeResult((Map<String, Object>) result.get("raw"), summary, (List<String>) result.get("warnings"));
    }

    @Override
    public Thumbnail thumbnail(Path file, int longSide) {
        return thumbnails(file, longSide).get(0);
    }

    /** The same picture at each long side, decoded once, in a worker. */
    @Override
    public List<Thumbnail> thumbnails(Path file, int... longSides) {
        List<Integer> sizes = java.util.Arrays.stream(longSides).boxed().toList();
        Map<String, Object> r = call("thumbnails", file, 0, 0, null, sizes, limits.timePerFile(), Progress.NONE);
        List<Thumbnail> out = new ArrayList<>();
        for (Object each : (List<?>) r.get("pictures")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> picture = (Map<String, Object>) each;
            out.add(thumbnailFrom(picture));
        }
        return out;
    }

    /** A waveform picture, made in a worker. */
    @Override
    public Thumbnail waveform(Path file, int width, int height, Progress progress) {
        return thumbnailFrom(call("waveform", file, width, height, null, limits.timePerFile(), progress));
    }

    /** Filmstrip of {@code count} frames, made in a worker. */
    @Override
    public Filmstrip filmstrip(Path file, int count, Progress progress) {
        return strip(call("filmstrip", file, count, 0, null, limits.timePerFile(), progress));
    }

    /** One frame per scene change (at most {@code max}), found in a worker. */
    public Filmstrip scenes(Path file, int max, Progress progress) {
        return strip(call("scenes", file, max, 0, null, limits.timePerFile(), progress));
    }

    private static Filmstrip strip(Map<String, Object> r) {
        List<Filmstrip.Frame> frames = new ArrayList<>();
        for (Object o : (List<?>) r.get("frames")) {
            Map<?, ?> f = (Map<?, ?>) o;
            frames.add(new Filmstrip.Frame(((Number) f.get("timestampMs")).longValue(),
                    Base64.getDecoder().decode((String) f.get("jpeg")), (Integer) f.get("width"), (Integer) f.get("height")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> sheet = (Map<String, Object>) r.get("sheet");
        return new Filmstrip(frames, thumbnailFrom(sheet));
    }

    /**
     * A playable proxy, made in a worker; its time limit grows with the duration (two minutes plus
     * twice the running time). Cancelling stops the worker at once.
     */
    @Override
    public Proxy proxy(Path file, Path target, long durationMs, Progress progress) {
        java.time.Duration limit = limits.timePerFile().plusMillis(2 * Math.max(0, durationMs));
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Map<String, Object> r;
        try {
            r = call("proxy", file, 0, 0, target.toAbsolutePath().toString(), limit, progress);
        } catch (MediaException e) {
            // A stopped worker cannot clean up after itself; a cancelled proxy is not wanted even if it got finished.
            deleteQuietly(part);
            if (progress.isCancelled()) {
                deleteQuietly(target);
            }
            throw e;
        }
        return new Proxy(Path.of((String) r.get("file")), ((Number) r.get("sizeBytes")).longValue(),
                (Integer) r.get("width"), (Integer) r.get("height"), ((Number) r.get("durationMs")).longValue());
    }

    Map<String, Object> call(String op, Path file, int size) {
        return call(op, file, size, 0, null, limits.timePerFile(), Progress.NONE);
    }

    /** Sends one request to a free worker and waits for its answer within the time limit. */
    Map<String, Object> call(String op, Path file, int size, int height, String target, java.time.Duration limit,
                             Progress progress) {
        return call(op, file, size, height, target, null, limit, progress);
    }

    private Map<String, Object> call(String op, Path file, int size, int height, String target, List<Integer> sizes,
                                     java.time.Duration limit, Progress progress) {
        if (closed) {
            throw new IllegalStateException("the media workers are shut down");
        }
        Path absolute = file.toAbsolutePath();
        Slot slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException(file, "was not processed: interrupted.", "");
        }
        try {
            if (slot.process == null || !slot.process.isAlive()) {
                slot.process = WorkerProcess.start(limits, readers, extraJvmOptions);
            }
            long id = ids.incrementAndGet();
            slot.process.send(WorkerProtocol.JSON.writeValueAsString(
                    new WorkerProtocol.Request(id, op, absolute.toString(), size, height, target, sizes)));
            long deadline = System.nanoTime() + limit.toNanos();
            String line;
            WorkerProtocol.Response res;
            while (true) {
                try {
                    line = slot.process.readLine(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (TimeoutException e) {
                    slot.process.kill();
                    slot.process = null;
                    LOG.warn("Media worker stopped after {} on {}", limit, absolute);
                    throw new MediaException(file, "decoding took longer than " + limit.toSeconds()
                            + " s and was stopped.", "The file may be damaged or unusually large; try it again, "
                            + "or convert it with another tool.");
                }
                if (line == null) {
                    break;
                }
                res = WorkerProtocol.JSON.readValue(line, WorkerProtocol.Response.class);
                if (res.progress() == null) {
                    return answer(file, slot, id, res);
                }
                if (progress.isCancelled()) {
                    slot.process.kill();
                    slot.process = null;
                    throw new MediaException(file, op + " was cancelled.", "");
                }
                progress.update(res.progress(), res.message());
            }
            int code = slot.process.exitCode();
            slot.process = null;
            LOG.warn("Media worker died (exit {}) on {}", code, absolute);
            throw new MediaException(file, "the decoder crashed on this file (" + describeExit(code) + ").",
                    "The file is probably damaged or uses a feature FFmpeg cannot handle. Reelbase itself is "
                            + "unaffected; the other files go on.");
        } catch (JsonProcessingException e) {
            throw new MediaException(file, "the media worker's answer could not be read (" + e.getOriginalMessage() + ").", "Try again.", e);
        } catch (IOException e) {
            if (slot.process != null) {
                slot.process.kill();
                slot.process = null;
            }
            throw new MediaException(file, "could not be handed to the media worker (" + e.getMessage() + ").",
                    "Check that Java can start processes here; the log has details.", e);
        } finally {
            slots.add(slot);
        }
    }

    private static Map<String, Object> answer(Path file, Slot slot, long id, WorkerProtocol.Response res) {
        if (res.id() != id) {
            slot.process.kill();
            slot.process = null;
            throw new MediaException(file, "the media worker answered out of turn.", "Try again.");
        }
        if (!res.ok()) {
            String prefix = file.getFileName() + ": ";
            String message = res.error() != null && res.error().startsWith(prefix) ? res.error().substring(prefix.length()) : res.error();
            throw new MediaException(file, message, res.advice());
        }
        return res.result();
    }

    private static Thumbnail thumbnailFrom(Map<String, Object> r) {
        Object ts = r.get("timestampMs");
        return new Thumbnail(Base64.getDecoder().decode((String) r.get("jpeg")), (Integer) r.get("width"),
                (Integer) r.get("height"), ts == null ? null : ((Number) ts).longValue(), (String) r.get("source"));
    }

    private static void deleteQuietly(Path p) {
        try {
            java.nio.file.Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", p, e);
        }
    }

    static String describeExit(int code) {
        return switch (code) {
            case 134 -> "aborted, exit 134";
            case 137 -> "killed, exit 137 (out of memory?)";
            case 139 -> "segmentation fault, exit 139";
            case -1 -> "no exit status";
            default -> "exit " + code;
        };
    }

    @Override
    public void close() {
        closed = true;
        for (Slot s : all) {
            if (s.process != null) {
                s.process.stop();
                s.process = null;
            }
        }
        readers.shutdownNow();
    }
}
