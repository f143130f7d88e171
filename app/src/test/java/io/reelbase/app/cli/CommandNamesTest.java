package io.reelbase.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The launcher script picks a class data archive by command name before Java starts, so it keeps its own list of
 * the command names and of the options that take a value; these must stay equal to the command line's.
 */
class CommandNamesTest {
    private static final Path LAUNCHER = Path.of("src/dist/bin/reelbase");

    @Test
    void theLauncherKnowsEveryCommand() throws IOException {
        Set<String> commands = new TreeSet<>(commandLine().getSubcommands().keySet());
        commands.remove("help");
        assertEquals(commands, caseList("# the names of the commands"));
    }

    @Test
    void aNamedCommandIsTheOnlyOneReadAndNoNameReadsThemAll() {
        Printer printer = new Printer(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine probe = ReelbaseCommand.commandLine(new ReelbaseCommand(printer, Map.of()),
                new String[] {"--db", "jdbc:postgresql://h/db", "--user", "ann", "probe", "a.mov"});
        assertEquals(Set.of("probe"), probe.getSubcommands().keySet());
        CommandLine help = ReelbaseCommand.commandLine(new ReelbaseCommand(printer, Map.of()), new String[] {"help", "probe"});
        assertEquals(ReelbaseCommand.COMMANDS.size(), help.getSubcommands().size());
        CommandLine typo = ReelbaseCommand.commandLine(new ReelbaseCommand(printer, Map.of()), new String[] {"prbe"});
        assertEquals(ReelbaseCommand.COMMANDS.size(), typo.getSubcommands().size());
    }

    @Test
    void theLauncherSkipsTheValueOfEveryOptionThatTakesOne() throws IOException {
        Set<String> valued = commandLine().getCommandSpec().options().stream()
                .filter(o -> o.arity().min() > 0)
                .map(OptionSpec::names).flatMap(Arrays::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(valued, caseList("expect_value=yes"));
    }

    private static CommandLine commandLine() {
        Printer printer = new Printer(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return ReelbaseCommand.commandLine(new ReelbaseCommand(printer, Map.of()), new String[0]);
    }

    /** The alternatives of the launcher's {@code case} pattern on the line after (or holding) the marker. */
    private static Set<String> caseList(String marker) throws IOException {
        String script = Files.readString(LAUNCHER);
        int at = script.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("the launcher no longer has the line '" + marker + "'");
        }
        Matcher m = Pattern.compile("^\\s*([-a-zA-Z|]+)\\)", Pattern.MULTILINE).matcher(script);
        int lineStart = script.lastIndexOf('\n', at) + 1;
        if (!m.find(lineStart)) {
            throw new AssertionError("no case pattern after '" + marker + "'");
        }
        return new TreeSet<>(Arrays.asList(m.group(1).split("\\|")));
    }
}
