package io.reelbase.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Running the built command line and the reference tools as a person would, timed from the command's start. */
final class Processes {
    private Processes() {
    }

    /** What a run printed and how long it took, from starting the process to its end. */
    record Run(int exitCode, String output, double seconds) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    /** Runs {@code cmd} to its end (at most {@code limitSeconds}), its output kept. */
    static Run run(List<String> cmd, long limitSeconds) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " did not finish within " + limitSeconds + " s");
        }
        return new Run(p.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8), (System.nanoTime() - t) / 1e9);
    }

    /** The installed-layout launcher that {@code mvn install} builds ({@code -Dreelbase.launcher=PATH} to use another). */
    static Path launcher() throws IOException {
        String given = System.getProperty("reelbase.launcher");
        for (String candidate : given != null ? List.of(given) : List.of("../app/target/dist/bin/reelbase", "app/target/dist/bin/reelbase")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IOException("the reelbase launcher is not built: run mvn -B -q -DskipTests install first");
    }

    /**
     * The folders as absolute paths: a relative one is taken from the current folder or, when it is not there,
     * from the one above (Maven runs this in the bench module; the README's paths are from the repository's root).
     */
    static String absolute(String folders) {
        List<String> out = new ArrayList<>();
        for (String f : folders.split(",")) {
            Path p = Path.of(f);
            Path above = Path.of("..").resolve(f);
            out.add((p.isAbsolute() || Files.isDirectory(p) || !Files.isDirectory(above) ? p : above).toAbsolutePath().normalize().toString());
        }
        return String.join(",", out);
    }

    /** Whether a reference tool is on the PATH. */
    static boolean has(String tool) {
        try {
            run(List.of(tool, "-version"), 30);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The media files of a folder (the corpus's ffprobe answers, notes and hidden files left out), in name order. */
    static List<Path> mediaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toString().matches(".*\\.(json|err|md|tsv|txt)$"))
                    .sorted().toList());
        }
    }

    /** A copy of a folder tree (an initialised data directory, so that every run starts from the same catalogue). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    // PostgreSQL refuses a data directory others may read
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
                } else if (!p.getFileName().toString().equals("reelbase.lock")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
