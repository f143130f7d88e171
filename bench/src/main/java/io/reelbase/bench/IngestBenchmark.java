package io.reelbase.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code reelbase ingest --data-dir D --wait FOLDER} as a person runs it, timed from the command's start to its end,
 * on a catalogue that exists already (initialised once, copied fresh for every run), after one run that lets the
 * command and its media workers write their class archives as any first use does. Beside it, what the reference
 * tools take for the same work on the same files, as many at once as there are cores: ffprobe, a 1280 px preview and
 * a 320 px thumbnail with ffmpeg, sha256sum. Usage: {@code IngestBenchmark [PHOTOS | FOLDER] [RUNS]}; a number makes
 * that many distinct 12 MP JPEGs (once, in target/bench-photos).
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 && !args[0].startsWith("$") ? args[0] : "200";
        // a second argument of 1-9 is the number of runs (through Maven it is the media benchmark's hash size)
        int runs = args.length > 1 && args[1].matches("[1-9]") ? Integer.parseInt(args[1]) : 2;
        boolean photos = what.matches("\\d+");
        Path folder = photos ? PhotoMaker.photos(Path.of("target/bench-photos-" + what), Integer.parseInt(what), 4000, 3000)
                : Path.of(Processes.absolute(what));
        List<Path> files = Processes.mediaFiles(folder);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        Path launcher = Processes.launcher();
        Path work = Files.createTempDirectory("reelbase-ingest-bench");
        try {
            Path template = work.resolve("template");
            Processes.run(List.of(launcher.toString(), "ingest", "--data-dir", template.toString(), work.resolve("nothing").toString()), 600);
            // the first use after an install writes the command's and the workers' class archives: not timed
            Path warm = Files.createDirectories(work.resolve("warm"));
            Files.copy(files.get(0), warm.resolve(files.get(0).getFileName()));
            ingest(launcher, template, work.resolve("warm-run"), warm, photos);
            double best = Double.MAX_VALUE;
            String outcome = "";
            for (int i = 0; i < runs; i++) {
                Processes.Run r = ingest(launcher, template, work.resolve("run-" + i), folder, photos);
                System.out.printf("run %d: %.1f s from the command's start; it said: %s%n", i + 1, r.seconds(), r.lastLine());
                if (r.seconds() < best) {
                    best = r.seconds();
                    outcome = r.lastLine();
                }
            }
            String label = photos ? Figures.fmt("ingest: %d distinct 12 MP JPEGs (%.0f MB), from the command's start", files.size(), bytes / 1e6)
                    : Figures.fmt("ingest: %s (%d files, %.0f MB), from the command's start", folder.getFileName(), files.size(), bytes / 1e6);
            String ours = Figures.fmt("%.1f s: %.1f files/s (best of %d)", best, files.size() / best, runs);
            System.out.println("  " + outcome);
            String reference = photos && Processes.has("ffmpeg") ? reference(files) : null;
            Figures.print(label, ours, reference, photos ? ">= 20 files/s" : null);
        } finally {
            Processes.deleteTree(work);
        }
    }

    private static Processes.Run ingest(Path launcher, Path template, Path dataDir, Path folder, boolean photos) throws Exception {
        Processes.copyTree(template, dataDir);
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "ingest", "--data-dir", dataDir.toString(), "--wait"));
        if (!photos) {
            cmd.addAll(List.of("--retry-delay", "1"));
        }
        cmd.add(folder.toString());
        Processes.Run r = Processes.run(cmd, 3600);
        Processes.deleteTree(dataDir);
        return r;
    }

    /** The reference tools on the same files, one worker per core. */
    private static String reference(List<Path> files) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Path out = Files.createTempDirectory("reelbase-ingest-reference");
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            long t = System.nanoTime();
            List<Future<Processes.Run>> done = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                String f = files.get(i).toString();
                String preview = out.resolve("p" + i + ".jpg").toString();
                String thumb = out.resolve("t" + i + ".jpg").toString();
                done.add(pool.submit(() -> {
                    Processes.run(List.of("ffprobe", "-v", "error", "-show_format", "-show_streams", f), 120);
                    Processes.run(List.of("ffmpeg", "-v", "error", "-y", "-i", f, "-vf", "scale=1280:-1", preview), 120);
                    Processes.run(List.of("ffmpeg", "-v", "error", "-y", "-i", f, "-vf", "scale=320:-1", thumb), 120);
                    return Processes.run(List.of("sha256sum", f), 120);
                }));
            }
            for (Future<Processes.Run> f : done) {
                f.get();
            }
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("reference (ffprobe, ffmpeg preview and thumbnail, sha256sum per file, %d at once): %.1f s%n", cores, s);
            return Figures.fmt("ffprobe + ffmpeg 1280 px and 320 px + sha256sum per file, %d at once: %.1f s (%.1f files/s)",
                    cores, s, files.size() / s);
        } finally {
            pool.shutdown();
            Processes.deleteTree(out);
        }
    }
}
