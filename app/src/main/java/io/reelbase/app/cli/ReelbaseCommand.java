package io.reelbase.app.cli;

import io.reelbase.app.BuildInfo;
import io.reelbase.app.ConnectionOptions;
import io.reelbase.app.ui.ReelbaseApp;
import io.reelbase.core.ReelbaseException;
import io.reelbase.media.FfmpegLibrary;
import io.reelbase.persistence.DatabaseSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reelbase}: with no command, opens the window; otherwise runs the command. */
@Command(name = "reelbase", mixinStandardHelpOptions = true, versionProvider = ReelbaseCommand.Version.class,
        description = "Reelbase, the desktop media asset manager. Without a command it opens the main window.")
public final class ReelbaseCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReelbaseCommand.class);
    /** The commands, in the order --help lists them. */
    static final List<Class<?>> COMMANDS = List.of(DbCommand.class, MediaCommands.Probe.class, MediaCommands.Thumb.class,
            MediaCommands.Strip.class, MediaCommands.MakeProxy.class, IngestCommand.class, WorkerCommand.class, SourcesCommand.class,
            SearchCommand.class, ExportCommand.class, HistoryCommands.History.class, HistoryCommands.Diff.class,
            HistoryCommands.Rollback.class, EditCommands.class, RevertCommand.class, OfflineCommands.class, AdminCommands.class,
            AuditCommand.class, StorageCommand.class, HoldCommand.class, LifecycleCommands.class, CommandLine.HelpCommand.class);

    @Mixin
    ConnectionOptions connection;

    private final Printer printer;
    private final Map<String, String> env;

    public ReelbaseCommand(Printer printer, Map<String, String> env) {
        this.printer = printer;
        this.env = env;
    }

    /** Runs the command line and returns the exit status: 0 done, 1 failed, 2 wrong usage. */
    public static int run(String[] args, Printer printer, Map<String, String> env) {
        CommandLine cl = commandLine(new ReelbaseCommand(printer, env), args);
        cl.setOut(printer.out());
        cl.setErr(printer.err());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ReelbaseException re) {
                LOG.warn("{}", re.getMessage(), re);
                printer.problem(re);
            } else if (e instanceof IllegalArgumentException bad) {
                printer.problem(bad.getMessage());
            } else {
                LOG.error("Unexpected failure", e);
                printer.problem("unexpected failure: " + e + " (details in the log)");
            }
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The command line with the command that {@code args} name, or with every command when they name none (the
     * window, --help, help, a mistake). Picocli reads every command's options when it is added, a quarter of a
     * second for all of them: a command run from a script or a terminal should not wait for the others.
     */
    static CommandLine commandLine(ReelbaseCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        String named = firstPositional(cl, args);
        List<Class<?>> wanted = COMMANDS.stream().filter(c -> names(c).contains(named)).toList();
        for (Class<?> command : wanted.isEmpty() || named.equals("help") ? COMMANDS : wanted) {
            cl.addSubcommand(command);
        }
        return cl;
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    /** The first argument that is not an option of the root command or an option's value ("" if none). */
    private static String firstPositional(CommandLine cl, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                return a;
            }
            CommandLine.Model.OptionSpec o = cl.getCommandSpec().findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
            if (o != null && o.arity().min() > 0 && !a.contains("=")) {
                i++;
            }
        }
        return "";
    }

    Printer printer() {
        return printer;
    }

    /** A server remembered elsewhere (an offline working set's), with the password found as for --db. */
    DatabaseSettings serverSettings(String url, String role) {
        return connection.server(url, role, env, System.getProperty("user.home"));
    }

    /** The person's data directory (embedded database, logs, proxies). */
    java.nio.file.Path dataHome() {
        return connection.dataHome(env, System.getProperty("user.home"));
    }

    DatabaseSettings settings() {
        return connection.toSettings(env, System.getProperty("user.home"), System.getProperty("user.name"));
    }

    @picocli.CommandLine.Option(names = "--screenshots", paramLabel = "DIR",
            description = "Show each main screen in turn, save it as a PNG in DIR, then quit (for a look at the screens, e.g. under Xvfb).")
    java.nio.file.Path screenshots;

    @Override
    public Integer call() {
        if (!hasDisplay(env)) {
            throw new ReelbaseException("There is no display to open the Reelbase window on.",
                    "Run it in a desktop session, or use a command that needs none, such as 'reelbase db info' "
                            + "(see 'reelbase --help').");
        }
        ReelbaseApp.launchWith(settings(), dataHome(), screenshots);
        return 0;
    }

    /** On Linux and other X11/Wayland systems the window needs DISPLAY or WAYLAND_DISPLAY. */
    static boolean hasDisplay(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** {@code --version}: Reelbase, Java and the bundled FFmpeg. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String ffmpeg;
            try {
                ffmpeg = FfmpegLibrary.info().describe();
            } catch (LinkageError | RuntimeException e) {
                ffmpeg = "FFmpeg not loadable on this machine: " + e.getMessage();
            }
            return new String[] {
                "Reelbase " + BuildInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                ffmpeg,
            };
        }
    }
}
