package io.reelbase.media.worker;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One running child JVM and its two pipes. */
final class WorkerProcess {
    /**
     * Workers spawned before anything asked for one (by a command that will decode), by the settings they run with; the
     * first {@link #start} with the same settings waits for one's greeting instead of spawning another.
     */
    private static final Map<List<Object>, WorkerProcess> AHEAD = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger LAUNCHES = new java.util.concurrent.atomic.AtomicInteger();

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader answers;
    private ExecutorService readers;
    private final WorkerArchive archive;

    private WorkerProcess(Process process, WorkerArchive archive) {
        this.process = process;
        this.archive = archive;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Spawns one worker with these limits now (a fork, a few milliseconds: it starts while the caller goes on), for the
     * first {@link #start} with the same process settings to take; a worker nobody takes ends with this JVM (its
     * requests pipe closes). If it cannot be spawned, nothing happens here: the first use tries and says why. Not while
     * the class archive is still to be written: a worker nobody takes would write it where nobody puts it in place.
     */
    static void startAhead(WorkerLimits limits) {
        if (WorkerArchive.fromSystemProperty().writesAtExit()) {
            return;
        }
        AHEAD.computeIfAbsent(settings(limits, List.of()), k -> {
            try {
                return spawn(limits, List.of());
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** A running worker that has said it is ready: the one spawned ahead with these settings if there is one, else a new one. */
    static WorkerProcess start(WorkerLimits limits, ExecutorService readers, List<String> extraJvmOptions) throws IOException {
        WorkerProcess ahead = AHEAD.remove(settings(limits, extraJvmOptions));
        if (ahead != null) {
            try {
                return ahead.ready(readers);
            } catch (IOException e) {
                // it did not start: try again here, and say why if it fails again
            }
        }
        return spawn(limits, extraJvmOptions).ready(readers);
    }

    /** What makes two workers interchangeable: everything their command line is made of. */
    private static List<Object> settings(WorkerLimits limits, List<String> extraJvmOptions) {
        return List.of(limits.heapMegabytes(), limits.maxPhysicalBytes(), String.valueOf(limits.errorLog()), limits.longRuns(), extraJvmOptions,
                String.valueOf(System.getProperty("reelbase.worker.cds")), String.valueOf(System.getProperty("javacpp.platform")));
    }

    /** How many worker JVMs this process has started so far. */
    static int launches() {
        return LAUNCHES.get();
    }

    private static WorkerProcess spawn(WorkerLimits limits, List<String> extraJvmOptions) throws IOException {
        LAUNCHES.incrementAndGet();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + limits.heapMegabytes() + "m");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(limits.compilerOptions());
        cmd.add("-Xss2m");
        WorkerArchive archive = WorkerArchive.fromSystemProperty();
        cmd.addAll(archive.jvmOptions());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dorg.bytedeco.javacpp.maxPhysicalBytes=" + limits.maxPhysicalBytes());
        String javacpp = System.getProperty("javacpp.platform");
        if (javacpp != null) {
            cmd.add("-Djavacpp.platform=" + javacpp);
        }
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MediaWorkerMain.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(limits.errorLog() == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.appendTo(limits.errorLog().toFile()));
        return new WorkerProcess(pb.start(), archive);
    }

    /** Waits for the worker's greeting, reading its answers from now on with {@code readers}; this worker, ready. */
    private WorkerProcess ready(ExecutorService readers) throws IOException {
        this.readers = readers;
        try {
            String hello = readLine(60_000);
            if (hello == null || !hello.contains("ready")) {
                kill();
                throw new IOException("the media worker did not start (it said: " + hello + ", exit " + exitCode() + ")");
            }
        } catch (TimeoutException e) {
            kill();
            throw new IOException("the media worker did not start within a minute", e);
        }
        return this;
    }

    void send(String line) throws IOException {
        requests.write(line);
        requests.write('\n');
        requests.flush();
    }

    /** The next line, or null if the process ended. */
    String readLine(long timeoutMillis) throws TimeoutException, IOException {
        Future<String> next = readers.submit(answers::readLine);
        try {
            return next.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the media worker", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit status once it ended (waits up to 5 s), or -1. */
    int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        archive.settle(false);
    }

    void stop() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // it is going anyway
        }
        try {
            // writing the class archive at exit takes a few seconds, once
            if (process.waitFor(archive.writesAtExit() ? 20 : 2, TimeUnit.SECONDS) && process.exitValue() == 0) {
                archive.settle(true);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill(); // which throws away a half-written archive
    }
}
