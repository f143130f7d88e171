package io.reelbase.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every benchmark in one run, each in a JVM of its own as when run alone (media, queue, ingest of photos and of
 * the corpus, command-line start-up, the library at 100,000 and at 1,000,000 assets), then one table of their
 * figures with the reference tools' beside them. Each one's full output goes to {@code target/benchmarks/NAME.txt},
 * the table to {@code target/benchmarks/table.md}. Usage: {@code Benchmarks [CORPUS_FOLDERS]};
 * {@code BENCH_SKIP=library-1m,…} (or {@code -Dbench.skip}) leaves some out; {@code BENCH_MILLION=DIR} and
 * {@code BENCH_HUNDREDK=DIR} (or {@code -Dbench.million}, {@code -Dbench.hundredk}) say where the generated catalogues are (the 100,000 one is generated when missing, in about two minutes; the
 * million is not, it takes about twenty: CatalogueGenerator).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    record Step(String name, Class<?> main, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        String corpus = Processes.absolute(args.length > 0 && !args[0].startsWith("$") ? args[0] : "../shared/corpus,../shared/corpus-extra");
        String home = System.getProperty("user.home") + "/.local/share/";
        String hundredK = setting("bench.hundredk", home + "reelbase-bench-100k");
        String million = setting("bench.million", home + "reelbase-bench");
        Set<String> skip = Set.of(setting("bench.skip", "").split(","));
        List<Step> steps = new ArrayList<>(List.of(
                new Step("media", MediaBenchmark.class, List.of(corpus, "1024")),
                new Step("queue", QueueBenchmark.class, List.of("5000", "4")),
                new Step("ingest-photos", IngestBenchmark.class, List.of("200", "2")),
                new Step("ingest-corpus", IngestBenchmark.class, List.of(corpus.split(",")[0], "1")),
                new Step("startup", StartupBenchmark.class, List.of(corpus)),
                new Step("library-100k-generate", CatalogueGenerator.class, List.of("100000", "-", hundredK)),
                new Step("library-100k", LibraryBenchmark.class, List.of("20", "-", hundredK))));
        List<List<String>> table = new ArrayList<>();
        if (Files.isDirectory(Path.of(million))) {
            steps.add(new Step("library-1m", LibraryBenchmark.class, List.of("20", "-", million)));
        } else if (!skip.contains("library-1m")) {
            table.add(List.of("library, 1,000,000 assets", "not run: no catalogue in " + million
                    + " (CatalogueGenerator 1000000, about 20 min)", "—", "—"));
        }
        Path out = Files.createDirectories(Path.of("target/benchmarks"));
        for (Step step : steps) {
            if (skip.contains(step.name()) || skip.contains(step.name().replace("-generate", ""))) {
                continue;
            }
            System.out.println("=== " + step.name());
            int code = run(step, out.resolve(step.name() + ".txt"), table);
            if (code != 0) {
                table.add(List.of(step.name(), "failed (exit " + code + "): see target/benchmarks/" + step.name() + ".txt", "—", "—"));
            }
        }
        StringBuilder md = new StringBuilder("| what | Reelbase | reference | target |\n| --- | --- | --- | --- |\n");
        for (List<String> row : table) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        Files.writeString(out.resolve("table.md"), md.toString());
        System.out.println();
        System.out.print(md);
    }

    /** A system property, else the environment variable of the same name (BENCH_SKIP), else {@code otherwise}. */
    private static String setting(String property, String otherwise) {
        String env = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        return System.getProperty(property, env != null ? env : otherwise);
    }

    /** Runs one benchmark in its own JVM, its output shown and kept, its figures added to the table. */
    private static int run(Step step, Path log, List<List<String>> table) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), step.main().getName()));
        cmd.addAll(step.args());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter keep = new PrintWriter(Files.newBufferedWriter(log))) {
            String line;
            while ((line = in.readLine()) != null) {
                keep.println(line);
                List<String> figure = Figures.parse(line);
                if (figure != null) {
                    table.add(figure);
                } else {
                    System.out.println("  " + line);
                }
            }
        }
        return p.waitFor();
    }
}
