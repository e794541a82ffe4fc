package io.statecraft.cli;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What every {@code statecraft} command shares: picocli's view of its command line, where it
 * writes, and the two ways it reports a problem (a usage error, exit 2; a definition's
 * diagnostics, exit 1).
 *
 * <pre>{@code
 * @Command(name = "fmt", description = "...")
 * final class FormatCommand extends Verb {
 *   @Override public Integer call() { out().println(...); return 0; }
 * }
 * }</pre>
 */
abstract class Verb implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A usage error for picocli to print with the usage; throw it. */
  final CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Prints each diagnostic as {@code file:pointer: severity CODE: message}; the exit code. */
  final int report(Path file, InvalidDefinitionException invalid) {
    for (Diagnostic diagnostic : invalid.diagnostics()) {
      err().println(file + ":" + diagnostic);
    }
    return Statecraft.PROBLEMS;
  }
}
