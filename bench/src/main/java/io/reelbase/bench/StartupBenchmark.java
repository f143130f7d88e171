package io.reelbase.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast the command line starts, each figure from the command's start to its end, medians of five runs after
 * one that writes the command's class archive (as the first use after an install does): the JVM alone
 * ({@code --version}); one file probed ({@code reelbase probe F}, with its crash-isolated worker) against
 * {@code ffprobe F}; a folder probed against one ffprobe per file; the embedded database started and asked
 * for its schema ({@code reelbase db info}). Usage: {@code StartupBenchmark [FOLDER,FOLDER...]}.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dirs = Processes.absolute(args.length > 0 && !args[0].startsWith("$") ? args[0] : "../shared/corpus,../shared/corpus-extra");
        List<Path> files = new ArrayList<>();
        for (String d : dirs.split(",")) {
            if (Files.isDirectory(Path.of(d))) {
                files.addAll(Processes.mediaFiles(Path.of(d)));
            }
        }
        String launcher = Processes.launcher().toString();
        boolean ffprobe = Processes.has("ffprobe");
        Figures.print("start-up: reelbase --version (the JVM and the command line)",
                Figures.fmt("%.2f s", median(List.of(launcher, "--version"))), null, null);
        if (!files.isEmpty()) {
            Path one = files.stream().filter(f -> f.toString().endsWith(".jpg")).findFirst().orElse(files.get(0));
            double ours = median(List.of(launcher, "probe", one.toString()));
            Double theirs = ffprobe ? median(List.of("ffprobe", "-v", "error", "-show_format", "-show_streams", one.toString())) : null;
            Figures.print("start-up: reelbase probe of one file (" + one.getFileName() + ")", Figures.fmt("%.2f s", ours),
                    theirs == null ? null : Figures.fmt("ffprobe: %.2f s", theirs), null);
            List<String> all = new ArrayList<>(List.of(launcher, "probe"));
            files.forEach(f -> all.add(f.toString()));
            double folder = median(all);
            Double perFile = ffprobe ? ffprobeEach(files) : null;
            Figures.print("start-up: reelbase probe over " + files.size() + " files", Figures.fmt("%.2f s%s", folder,
                    perFile == null ? "" : Figures.fmt(" (%.1fx)", perFile / folder)),
                    perFile == null ? null : Figures.fmt("one ffprobe per file: %.2f s", perFile), ">= 3x");
        }
        Path home = Files.createTempDirectory("reelbase-startup-bench");
        try {
            Figures.print("start-up: reelbase db info (starts the embedded PostgreSQL, checks the schema)",
                    Figures.fmt("%.2f s", median(List.of(launcher, "db", "info", "--data-dir", home.toString()))), null, null);
        } finally {
            Processes.deleteTree(home);
        }
    }

    /** The median time of five runs, after one not counted. */
    private static double median(List<String> cmd) throws Exception {
        Processes.run(cmd, 600);
        double[] s = new double[5];
        for (int i = 0; i < s.length; i++) {
            s[i] = Processes.run(cmd, 600).seconds();
        }
        Arrays.sort(s);
        System.out.printf("%-60s %.2f s%n", String.join(" ", cmd.subList(0, Math.min(3, cmd.size()))), s[2]);
        return s[2];
    }

    private static double ffprobeEach(List<Path> files) throws Exception {
        double[] s = new double[3];
        for (int i = 0; i < s.length; i++) {
            long t = System.nanoTime();
            for (Path f : files) {
                Processes.run(List.of("ffprobe", "-v", "error", "-show_format", "-show_streams", f.toString()), 120);
            }
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(s);
        return s[1];
    }
}
