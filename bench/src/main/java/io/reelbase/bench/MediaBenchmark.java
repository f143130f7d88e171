package io.reelbase.bench;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.media.picture.FfmpegThumbnailer;
import io.reelbase.media.probe.FfmpegProbe;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Media engine speed, side by side with the command-line tools on the same files in one run:
 * warm in-process probe vs {@code ffprobe -show_format -show_streams}; thumbnail vs
 * {@code ffmpeg [-ss T] -i FILE -frames:v 1 -vf scale=320:-1} (videos and stills); a tiled HEIC's thumbnail
 * against a plain JPEG of the same size; SHA-256 vs {@code sha256sum} on a 1 GiB file. The reference tools are
 * the system's ({@code apt-get install ffmpeg}).
 * Per-file times are medians. Usage: {@code MediaBenchmark CORPUS_DIR[,DIR…] [HASH_MEGABYTES]}.
 */
public final class MediaBenchmark {
    private static final PrintStream OUT = System.out;

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dirs = Processes.absolute(args.length > 0 && !args[0].startsWith("$") ? args[0] : "../shared/corpus,../shared/corpus-extra");
        int hashMb = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        ffprobe = tool("ffprobe");
        ffmpeg = tool("ffmpeg");
        OUT.printf(Locale.ROOT, "Reelbase media benchmark: %s, %d cores, Java %s, corpus %s%n  reference: %s, %s%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), dirs, ffprobe, ffmpeg);
        List<Path> files = new ArrayList<>();
        for (String d : dirs.split(",")) {
            try (Stream<Path> s = Files.list(Path.of(d))) {
                files.addAll(s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".err")
                        && !p.toString().endsWith(".md") && !p.toString().endsWith(".tsv")).sorted().toList());
            }
        }
        FfmpegProbe probe = new FfmpegProbe();
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            try {
                probe.probe(f);
                readable.add(f);
            } catch (MediaException e) {
                // broken files are not timed
            }
        }
        probeBenchmark(probe, readable);
        thumbnailBenchmark(probe, readable);
        readable.stream().filter(f -> probe.probe(f).raw().containsKey("stream_groups")).forEach(MediaBenchmark::gridAgainstJpeg);
        hashBenchmark(hashMb);
    }

    private static void probeBenchmark(FfmpegProbe probe, List<Path> files) throws Exception {
        OUT.println();
        OUT.println("PROBE (median ms per file)             reelbase   isolated    ffprobe   speed-up");
        for (int i = 0; i < 3; i++) {
            for (Path f : files) {
                probe.probe(f);
            }
        }
        double ours = 0;
        double theirs = 0;
        double isolatedTotal = 0;
        try (IsolatedMedia isolated = new IsolatedMedia(WorkerLimits.defaults())) {
            for (Path f : files) {
                isolated.probe(f); // warm the worker
            }
            for (Path f : files) {
                double a = median(15, () -> probe.probe(f));
                double iso = median(5, () -> isolated.probe(f));
                double b = median(5, () -> run(ffprobe, "-v", "error", "-print_format", "json", "-show_format",
                        "-show_streams", f.toString()));
                ours += a;
                theirs += b;
                isolatedTotal += iso;
                OUT.printf(Locale.ROOT, "  %-36s %8.2f %10.2f %10.2f %9.1fx%n", shorten(f), a, iso, b, b / a);
            }
        }
        OUT.printf(Locale.ROOT, "  %-36s %8.2f %10.2f %10.2f %9.1fx   (target >= 3x)%n", "ALL " + files.size() + " files",
                ours, isolatedTotal, theirs, theirs / ours);
        Figures.print("media: probe, warm, in process, " + files.size() + " files", Figures.fmt("%.0f ms (%.1fx)", ours, theirs / ours),
                Figures.fmt("ffprobe: %.0f ms", theirs), ">= 3x");
        Figures.print("media: probe through the crash-isolated worker", Figures.fmt("%.0f ms (%.1fx)", isolatedTotal,
                theirs / isolatedTotal), Figures.fmt("ffprobe: %.0f ms", theirs), "—");
    }

    private static void thumbnailBenchmark(FfmpegProbe probe, List<Path> files) throws Exception {
        OUT.println();
        OUT.println("THUMBNAIL 320 px (median ms per file)  reelbase     ffmpeg   speed-up   (videos, then stills)");
        FfmpegThumbnailer thumbs = new FfmpegThumbnailer();
        List<Path> videos = new ArrayList<>();
        for (Path f : files) {
            ProbeResult r = probe.probe(f);
            boolean video = r.summary().assetType() == AssetType.VIDEO && r.summary().durationMs() != null;
            boolean still = r.summary().assetType() == AssetType.IMAGE;
            if ((video || still) && r.summary().videoCodec() != null) {
                try {
                    thumbs.thumbnail(f, 320);
                    videos.add(f);
                } catch (MediaException e) {
                    // no decodable picture (e.g. a header-only MXF): not timed
                }
            }
        }
        Path out = Files.createTempFile("reelbase-bench", ".jpg");
        double ours = 0;
        double theirs = 0;
        videos.sort(java.util.Comparator.comparing(f -> probe.probe(f).summary().assetType() == AssetType.IMAGE));
        for (Path f : videos) {
            Long duration = probe.probe(f).summary().durationMs();
            boolean still = probe.probe(f).summary().assetType() == AssetType.IMAGE;
            double seconds = duration == null || still ? 0 : duration / 1000.0 * 0.10;
            double a = median(9, () -> thumbs.thumbnail(f, 320));
            double b = median(5, () -> run(ffmpeg, "-v", "error", "-y", "-ss", String.format(Locale.ROOT, "%.3f", seconds),
                    "-i", f.toString(), "-frames:v", "1", "-vf", "scale=320:-1", "-update", "1", out.toString()));
            ours += a;
            theirs += b;
            OUT.printf(Locale.ROOT, "  %-36s %8.2f %10.2f %9.1fx%n", shorten(f), a, b, b / a);
        }
        Files.deleteIfExists(out);
        OUT.printf(Locale.ROOT, "  %-36s %8.2f %10.2f %9.1fx   (target >= 5x)%n", "ALL " + videos.size() + " files", ours, theirs,
                theirs / ours);
        Figures.print("media: thumbnail 320 px, " + videos.size() + " files", Figures.fmt("%.0f ms (%.1fx)", ours, theirs / ours),
                Figures.fmt("ffmpeg -ss T -i F -frames:v 1: %.0f ms", theirs), ">= 5x");
    }

    /** A tiled HEIC photo's thumbnail against the same picture as one plain JPEG of the same size. */
    private static void gridAgainstJpeg(Path heic) {
        try {
            FfmpegThumbnailer thumbs = new FfmpegThumbnailer();
            var full = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbs.thumbnail(heic, 8192).jpeg()));
            Path jpeg = Files.createTempFile("reelbase-bench", ".jpg");
            javax.imageio.ImageIO.write(full, "jpeg", jpeg.toFile());
            thumbs.thumbnail(jpeg, 320);
            double grid = median(9, () -> thumbs.thumbnail(heic, 320));
            double plain = median(9, () -> thumbs.thumbnail(jpeg, 320));
            Files.deleteIfExists(jpeg);
            OUT.println();
            OUT.printf(Locale.ROOT, "TILED HEIC %s (%dx%d) thumbnail %.1f ms, the same picture as a plain JPEG %.1f ms: %.2fx"
                    + "   (target <= 2x)%n", shorten(heic), full.getWidth(), full.getHeight(), grid, plain, grid / plain);
            Figures.print("media: tiled HEIC thumbnail, " + shorten(heic), Figures.fmt("%.1f ms (%.2fx)", grid, grid / plain),
                    Figures.fmt("the same picture as a JPEG: %.1f ms", plain), "<= 2x");
        } catch (Exception e) {
            OUT.println("TILED HEIC: " + e.getMessage());
        }
    }

    private static String ffprobe;
    private static String ffmpeg;

    /** The system's command-line tool (Debian 12: FFmpeg 5.1, the version of the corpus's reference answers). */
    private static String tool(String name) throws IOException {
        if (!Processes.has(name)) {
            throw new IOException(name + " is needed for the comparison: apt-get install ffmpeg");
        }
        return name;
    }

    private static void hashBenchmark(int megabytes) throws Exception {
        OUT.println();
        Path big = Files.createTempFile("reelbase-bench", ".bin");
        try {
            byte[] block = new byte[1 << 20];
            new Random(1).nextBytes(block);
            try (OutputStream o = Files.newOutputStream(big)) {
                for (int i = 0; i < megabytes; i++) {
                    o.write(block);
                }
            }
            Sha256Hasher hasher = new Sha256Hasher();
            hasher.sha256(big, Progress.NONE); // warm (JIT, page cache)
            run("sha256sum", big.toString());
            double ours = median(3, () -> hasher.sha256(big, Progress.NONE));
            double theirs = median(3, () -> run("sha256sum", big.toString()));
            OUT.printf(Locale.ROOT, "SHA-256 of %d MiB (from page cache)   reelbase %.0f MB/s   sha256sum %.0f MB/s   ratio %.2f   (target >= 0.9)%n",
                    megabytes, megabytes / (ours / 1000), megabytes / (theirs / 1000), theirs / ours);
            Figures.print("media: SHA-256 of " + megabytes + " MiB (page cache)", Figures.fmt("%.0f MB/s", megabytes / (ours / 1000)),
                    Figures.fmt("sha256sum: %.0f MB/s", megabytes / (theirs / 1000)), ">= 0.9x");
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private static double median(int runs, Work w) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            w.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Processes.run(List.of(cmd), 60);
    }

    private static String shorten(Path f) {
        String n = f.getFileName().toString();
        return n.length() <= 36 ? n : n.substring(0, 33) + "...";
    }
}
