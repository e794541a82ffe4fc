package io.statecraft.cli;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.testing.coverage.CoverageRecorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
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

  /**
   * Runs {@code command}; when {@code coverageDir} is set, records the workflow coverage of the
   * executions it runs and adds it to the report there. The command's exit code.
   */
  final int recordingCoverage(Path coverageDir, IntSupplier command) {
    if (coverageDir == null) {
      return command.getAsInt();
    }
    CoverageRecorder recorder = CoverageRecorder.start();
    int code;
    try (recorder) {
      code = command.getAsInt();
    }
    recorder.writeReport(coverageDir);
    out().println("coverage: " + coverageDir.resolve("index.html"));
    return code;
  }

  /** Prints each diagnostic as {@code file:pointer: severity CODE: message}; the exit code. */
  final int report(Path file, InvalidDefinitionException invalid) {
    for (Diagnostic diagnostic : invalid.diagnostics()) {
      err().println(file + ":" + diagnostic);
    }
    return Statecraft.PROBLEMS;
  }
}
