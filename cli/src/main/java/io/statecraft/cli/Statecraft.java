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
    description = "Write, check, draw and run AWS Step Functions state machines.")
public final class Statecraft implements Runnable {

  /** Exit code when problems were found in the input. */
  static final int PROBLEMS = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // A thread of ours that dies of what it did not catch (a runtime's or the server's) is said
    // in the same one line as a failure of the command itself, not as the JVM's stack trace.
    Thread.setDefaultUncaughtExceptionHandler(deadThread(err));
    System.exit(run(out, err, args));
  }

  /** Says what killed a thread as {@link #internalError} says it. */
  static Thread.UncaughtExceptionHandler deadThread(PrintWriter err) {
    return (thread, e) -> internalError(e, err);
  }

  /**
   * The stack of the thread a command runs on: reserved, not committed, until used. JSON nests
   * at most 500 levels, but what walks a definition (the JSON Schema validator above all) takes
   * dozens of frames per level, more than the JVM's default stack holds for a Map nested 160
   * deep, which AWS accepts.
   */
  private static final long STACK_BYTES = 512L << 20;

  /** Runs the command line and returns its exit code (for tests, which must not exit). */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    int[] code = {PROBLEMS};
    Thread command = new Thread(null, () -> {
      try {
        CommandLine commandLine = new CommandLine(new Statecraft());
        // The settings below reach the verbs added before them.
        addVerbs(commandLine, args);
        code[0] = execute(commandLine, out, err, args);
      } catch (RuntimeException | Error e) {
        code[0] = internalError(e, err);
      }
    }, "statecraft", STACK_BYTES);
    command.start();
    try {
      command.join();
    } catch (InterruptedException e) {
      command.interrupt();
      Thread.currentThread().interrupt();
    }
    return code[0];
  }

  /**
   * Runs {@code args} on {@code commandLine}, whatever fails: a usage error is said with the
   * usage (exit 2); anything else that escapes a verb, exception or error alike, is one line
   * (exit 1).
   */
  static int execute(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    CommandLine.IParameterExceptionHandler usageError =
        commandLine.getParameterExceptionHandler();
    try {
      return commandLine
          // "run --input @file" reads the file as one JSON value; picocli's own @file expansion
          // would split it into arguments.
          .setExpandAtFiles(false)
          .setOut(out)
          .setErr(err)
          .setParameterExceptionHandler((e, arguments) -> asksForHelp(e, arguments)
              ? help(e.getCommandLine()) : usageError.handleParseException(e, arguments))
          .setExecutionExceptionHandler((e, line, parsed) -> internalError(e, line.getErr()))
          .execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands on errors (a stack overflow, a class that failed to load, an assertion)
      // as they are, and prints what its own handlers throw with its trace: neither reaches the
      // user as a trace. The stack or heap is free again once an error is caught.
      return internalError(e, err);
    }
  }

  /**
   * Whether a verb's command line that does not parse asks for help: {@code validate --format
   * bogus --help} then prints the usage and exits 0, as {@code validate --help} does.
   */
  private static boolean asksForHelp(CommandLine.ParameterException e, String[] arguments) {
    if (e.getCommandLine().getParent() == null) {
      return false;
    }
    for (String argument : arguments) {
      if (argument.equals("--")) {
        return false;
      }
      if (argument.equals("-h") || argument.equals("--help")) {
        return true;
      }
    }
    return false;
  }

  private static int help(CommandLine verb) {
    verb.usage(verb.getOut());
    return verb.getCommandSpec().exitCodeOnUsageHelp();
  }

  /**
   * The verbs, in the order the usage lists them. Building a verb's picocli model loads its
   * classes and reads its annotations, a good part of a short command's time: so a command line
   * that names its verb first gets that verb alone; any other (help, no verb, a misspelt verb)
   * gets them all.
   */
  static final String[] VERBS = {
    "fmt", "import", "validate", "serve", "diagram", "policy", "run", "test-state", "conformance",
    "replay"
  };

  private static void addVerbs(CommandLine commandLine, String[] args) {
    Object named = args.length > 0 ? verb(args[0]) : null;
    if (named != null) {
      commandLine.addSubcommand(named);
      return;
    }
    for (String name : VERBS) {
      commandLine.addSubcommand(verb(name));
    }
    commandLine.addSubcommand(new CommandLine.HelpCommand());
  }

  /** A new command object for the verb {@code name}; null when no verb has that name. */
  static Object verb(String name) {
    // A switch, not a map of constructor references: nothing but the named verb is loaded.
    switch (name) {
      case "fmt": return new FormatCommand();
      case "import": return new ImportCommand();
      case "validate": return new ValidateCommand();
      case "serve": return new ServeCommand();
      case "diagram": return new DiagramCommand();
      case "policy": return new PolicyCommand();
      case "run": return new RunCommand();
      case "test-state": return new TestStateCommand();
      case "conformance": return new ConformanceCommand();
      case "replay": return new ReplayCommand();
      default: return null;
    }
  }

  /**
   * A failure that is no fault of the input: said in one line as a bug to report, without the
   * stack trace (set {@code STATECRAFT_TRACE=1} to print it for the report).
   */
  static int internalError(Throwable e, PrintWriter err) {
    err.println("statecraft: internal error: " + firstLine(e)
        + (e.getMessage() == null && e.getCause() != null
            ? ", caused by " + firstLine(e.getCause()) : "")
        + " (a bug in statecraft: please report it with the command line and the files it read;"
        + " STATECRAFT_TRACE=1 prints where it happened)");
    if ("1".equals(System.getenv("STATECRAFT_TRACE"))) {
      e.printStackTrace(err);
    }
    err.flush();
    return PROBLEMS;
  }

  /** The class and message of {@code e}, up to the message's first line break. */
  private static String firstLine(Throwable e) {
    String what = e.toString();
    int newline = what.indexOf('\n');
    return newline < 0 ? what : what.substring(0, newline);
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
