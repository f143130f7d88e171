package io.reelbase.media.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.MediaProbe;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.core.media.Thumbnailer;
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
public final class IsolatedMedia implements MediaProbe, Thumbnailer, AutoCloseable {
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
        Map<String, Object> r = call("thumbnail", file, longSide);
        Object ts = r.get("timestampMs");
        return new Thumbnail(Base64.getDecoder().decode((String) r.get("jpeg")), (Integer) r.get("width"),
                (Integer) r.get("height"), ts == null ? null : ((Number) ts).longValue(), (String) r.get("source"));
    }

    /** Sends one request to a free worker and waits for its answer within the time limit. */
    Map<String, Object> call(String op, Path file, int size) {
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
            slot.process.send(WorkerProtocol.JSON.writeValueAsString(new WorkerProtocol.Request(id, op, absolute.toString(), size)));
            String line;
            try {
                line = slot.process.readLine(limits.timePerFile().toMillis());
            } catch (TimeoutException e) {
                slot.process.kill();
                slot.process = null;
                LOG.warn("Media worker stopped after {} on {}", limits.timePerFile(), absolute);
                throw new MediaException(file, "decoding took longer than " + limits.timePerFile().toSeconds()
                        + " s and was stopped.", "The file may be damaged or unusually large; try it again, "
                        + "or convert it with another tool.");
            }
            if (line == null) {
                int code = slot.process.exitCode();
                slot.process = null;
                LOG.warn("Media worker died (exit {}) on {}", code, absolute);
                throw new MediaException(file, "the decoder crashed on this file (" + describeExit(code) + ").",
                        "The file is probably damaged or uses a feature FFmpeg cannot handle. Reelbase itself is "
                                + "unaffected; the other files go on.");
            }
            WorkerProtocol.Response res = WorkerProtocol.JSON.readValue(line, WorkerProtocol.Response.class);
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
