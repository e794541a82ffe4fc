package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.internal.common.TextFiles;
import io.statecraft.compiler.internal.sarif.JsonLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's plain ASL definitions: every {@code *.asl.json} under a folder
 * ({@code src/main/statecraft} by default), at any depth, as workflows named after their files
 * ({@code orders/refund.asl.json} is the state machine {@code refund}). They are validated like
 * the workflows written in Java, and each problem names the file and line.
 *
 * <pre>{@code
 * List<CompiledWorkflow> files = AslFiles.read(Path.of("src/main/statecraft"), Path.of("."));
 * }</pre>
 */
final class AslFiles {

  static final String SUFFIX = ".asl.json";

  /** Where the reader says text stops being JSON: "malformed JSON at line 4, column 7: ...". */
  private static final Pattern SYNTAX_LINE = Pattern.compile("at line (\\d+)");

  private AslFiles() {}

  /**
   * Every definition under {@code folder}, in path order; none when the folder does not exist.
   *
   * @param basedir what the files' paths are shown relative to in labels
   * @throws WorkflowException listing every problem of every invalid file, one line each:
   *     {@code file:line: pointer: error CODE: message}
   */
  static List<CompiledWorkflow> read(Path folder, Path basedir) {
    List<CompiledWorkflow> workflows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int invalid = 0;
    for (Path file : find(folder)) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - SUFFIX.length());
      String shown = shown(file, basedir);
      String label = CompiledWorkflow.label(name, shown);
      String text = read(file);
      JsonLocations lines = JsonLocations.of(text);
      List<Diagnostic> diagnostics = Validator.validate(text).stream()
          .map(diagnostic -> located(diagnostic, file, lines)).toList();
      List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
      String nameProblem = Workflows.nameProblem(name, null);
      if (nameProblem != null) {
        problems.add(label + ": the file name gives the state machine its name, and its "
            + nameProblem.replaceFirst("^name\\(\\) ", "name "));
      }
      errors.forEach(error -> problems.add(label + ": " + error));
      if (nameProblem != null || !errors.isEmpty()) {
        invalid++;
        continue;
      }
      StateMachine machine = Asl.read(text);
      workflows.add(new CompiledWorkflow(name, shown, machine,
          diagnostics.stream().filter(diagnostic -> !diagnostic.isError()).toList()));
    }
    if (!problems.isEmpty()) {
      throw WorkflowException.invalid(invalid, problems);
    }
    return List.copyOf(workflows);
  }

  /** {@code file} relative to {@code basedir} when it is inside it. */
  static String shown(Path file, Path basedir) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  private static Diagnostic located(Diagnostic diagnostic, Path file, JsonLocations lines) {
    Matcher syntax = SYNTAX_LINE.matcher(diagnostic.message());
    int line = diagnostic.code().equals("READ_SYNTAX") && syntax.find()
        ? Integer.parseInt(syntax.group(1)) : lines.find(diagnostic.pointer()).line();
    return diagnostic.withSource(new SourceLocation(file.toString(), line));
  }

  /** Every {@code *.asl.json} under {@code folder}, at any depth, sorted; none without a folder. */
  static List<Path> find(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new WorkflowException("Cannot list the *.asl.json files under " + folder + ": "
          + e.getMessage());
    }
  }

  private static String read(Path file) {
    try {
      // Not Files.readString: its decoding error says "Input length = 1", not where.
      return TextFiles.readUtf8(file);
    } catch (IOException e) {
      throw new WorkflowException("Cannot read " + file + ": " + e.getMessage());
    }
  }
}
