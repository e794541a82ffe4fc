package io.statecraft.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code statecraft} command: one verb per job, each a thin layer over a library call.
 *
 * <pre>
 * java -jar cli/target/statecraft.jar fmt --check workflows/
 * </pre>
 *
 * <p>Exit codes everywhere: 0 when all is well, 1 when problems were found, 2 for a usage error.
 */
@Command(
    name = "statecraft",
    mixinStandardHelpOptions = true,
    // --help and --version on every verb, not only on statecraft itself.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Statecraft.Version.class,
    description = "Write, check, draw and run AWS Step Functions state machines.",
    subcommands = {
      FormatCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      DiagramCommand.class,
      PolicyCommand.class,
      RunCommand.class,
      TestStateCommand.class,
      ConformanceCommand.class,
      ReplayCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Statecraft implements Runnable {

  /** Exit code when problems were found in the input. */
  static final int PROBLEMS = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command line and returns its exit code (for tests, which must not exit). */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new Statecraft())
        // "run --input @file" reads the file as one JSON value; picocli's own @file expansion
        // would split it into arguments.
        .setExpandAtFiles(false)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          commandLine.getErr().println("statecraft: internal error: " + e);
          e.printStackTrace(commandLine.getErr());
          return PROBLEMS;
        })
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a verb is required");
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Statecraft.class.getPackage().getImplementationVersion();
      return new String[] {"statecraft " + (version == null ? "development" : version)};
    }
  }
}
