package io.reelbase.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;

/**
 * Where the shared corpus of real media files is: {@code -Dreelbase.corpus=DIR}, else
 * {@code ../shared/corpus} beside the repository. Tests that need it are skipped, saying so, without it.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Optional<Path> directory() {
        String configured = System.getProperty("reelbase.corpus");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The corpus directory, or the calling test is skipped (reported as skipped, with the reason,
     * never passed silently).
     */
    public static Path require() {
        Optional<Path> dir = directory();
        if (dir.isEmpty()) {
            LoggerFactory.getLogger(Corpus.class).warn("Skipping a corpus test: {}", whereItShouldBe());
        }
        Assumptions.assumeTrue(dir.isPresent(), Corpus::whereItShouldBe);
        return dir.get();
    }

    /**
     * The extra corpus of orientation and tiled stills: {@code -Dreelbase.corpusExtra=DIR}, else
     * {@code corpus-extra} beside the corpus. The calling test is skipped, saying so, without it.
     */
    public static Path requireExtra() {
        String configured = System.getProperty("reelbase.corpusExtra");
        Optional<Path> dir = configured != null && !configured.isBlank() ? Optional.of(Path.of(configured))
                : directory().map(d -> d.resolveSibling("corpus-extra"));
        boolean there = dir.isPresent() && Files.isRegularFile(dir.get().resolve("MANIFEST.tsv"));
        String why = "the extra media corpus was not found (looked for -Dreelbase.corpusExtra, then corpus-extra beside "
                + "the corpus in ../shared)";
        if (!there) {
            LoggerFactory.getLogger(Corpus.class).warn("Skipping a corpus test: {}", why);
        }
        Assumptions.assumeTrue(there, why);
        return dir.get();
    }

    public static String whereItShouldBe() {
        return "the media corpus was not found (looked for -Dreelbase.corpus, then ../shared/corpus beside the repository)";
    }

    /** The media files (not the reference answers or the manifest). */
    public static Stream<Path> files(Path dir) throws java.io.IOException {
        return Files.list(dir).filter(Files::isRegularFile)
                .filter(p -> {
                    String n = p.getFileName().toString();
                    return !n.endsWith(".ffprobe.json") && !n.endsWith(".ffprobe.err") && !n.equals("MANIFEST.tsv")
                            && !n.equals("README.md");
                })
                .sorted();
    }
}
