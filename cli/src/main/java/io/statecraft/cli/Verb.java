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
   * The definitions the FILE|DIR arguments name ({@link DefinitionFiles#expand}); a folder that
   * holds none is a usage error saying there is nothing to {@code doing}, never a silent success.
   */
  final java.util.List<Path> definitionFiles(java.util.List<Path> arguments, String doing) {
    java.util.List<Path> files = new java.util.ArrayList<>();
    for (Path argument : arguments) {
      java.util.List<Path> found = DefinitionFiles.expand(java.util.List.of(argument));
      if (found.isEmpty()) {
        throw usage(argument + " holds no *.asl.json file: nothing to " + doing);
      }
      files.addAll(found);
    }
    return files;
  }

  /** The text of the file at {@code path}; a usage error naming it when it cannot be read. */
  final String readText(String path) {
    try {
      return io.statecraft.compiler.internal.common.TextFiles.readUtf8(Path.of(path));
    } catch (java.io.IOException e) {
      throw usage("cannot read " + path + ": " + e.getMessage());
    }
  }

  /**
   * Writes {@code text} to the file {@code out} given with {@code option}, creating the folders
   * it needs. A folder given as {@code out} is a usage error; a file that cannot be written is
   * said on stderr and gives {@code false}.
   */
  final boolean writeOutput(String option, Path out, String text) {
    if (java.nio.file.Files.isDirectory(out)) {
      throw usage(option + " " + out + " is a folder: give the path of a file to write");
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      java.nio.file.Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
      return true;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      err().println(out + ": cannot write: " + e.getFile() + " is a file, not a folder");
    } catch (java.io.IOException e) {
      err().println(out + ": cannot write: " + e.getMessage());
    }
    return false;
  }

  /** {@code text} parsed as JSON; a usage error naming {@code option} when it is not. */
  final tools.jackson.databind.JsonNode json(String option, String text) {
    try {
      return io.statecraft.asl.internal.JsonMappers.STANDARD.readTree(text);
    } catch (tools.jackson.core.JacksonException e) {
      throw usage(option + " is not JSON: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e));
    }
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
    try {
      recorder.writeReport(coverageDir);
    } catch (java.io.UncheckedIOException e) {
      err().println("--coverage " + coverageDir + ": cannot write the report: "
          + why(e.getCause()));
      return Statecraft.PROBLEMS;
    } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
      // The folder holds a coverage.json the report cannot add to.
      err().println("--coverage " + coverageDir + ": " + coverageDir.resolve("coverage.json")
          + " is not a statecraft coverage report (" + e.getMessage().lines().findFirst()
              .orElse("") + "): give an empty folder, or the folder of an earlier report");
      return Statecraft.PROBLEMS;
    }
    out().println("coverage: " + coverageDir.resolve("index.html"));
    return code;
  }

  /**
   * Why {@code e} happened, in a line: for a file system error the file and the reason (its own
   * message is often the path alone, as for a folder that cannot be created).
   */
  static String why(java.io.IOException e) {
    if (e instanceof java.nio.file.FileSystemException failed) {
      String reason = failed.getReason() != null ? failed.getReason()
          : failed instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
          : failed instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : failed instanceof java.nio.file.FileAlreadyExistsException
              ? "already exists and is not a folder"
          : "cannot be written";
      return failed.getFile() + ": " + reason;
    }
    return e.getMessage();
  }

  /** Prints each diagnostic as {@code file:pointer: severity CODE: message}; the exit code. */
  final int report(Path file, InvalidDefinitionException invalid) {
    for (Diagnostic diagnostic : invalid.diagnostics()) {
      err().println(file + ":" + diagnostic);
    }
    return Statecraft.PROBLEMS;
  }
}
