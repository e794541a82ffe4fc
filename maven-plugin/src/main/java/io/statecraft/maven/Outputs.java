package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.diagrams.Diagrams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files the goals write ({@code <name>.asl.json}, {@code <name>.mmd}, {@code <name>.svg}) and
 * the plain ASL files they read. A file whose content is unchanged is not rewritten, so its
 * timestamp stays and incremental builds downstream see nothing new.
 */
final class Outputs {

  static final String ASL_SUFFIX = ".asl.json";

  private Outputs() {}

  /** Writes the definition and both diagrams of each workflow; returns the files written. */
  static List<Path> writeAll(Path directory, List<CompiledWorkflow> workflows) {
    List<Path> written = new ArrayList<>();
    for (CompiledWorkflow workflow : workflows) {
      written.add(write(directory.resolve(workflow.name() + ASL_SUFFIX),
          Asl.write(workflow.machine())));
      written.addAll(writeDiagrams(directory, workflow.name(), workflow.machine()));
    }
    return written;
  }

  /** Writes {@code <baseName>.mmd} and {@code <baseName>.svg}; returns both files. */
  static List<Path> writeDiagrams(Path directory, String baseName, StateMachine machine) {
    return List.of(
        write(directory.resolve(baseName + ".mmd"), Diagrams.mermaid(machine)),
        write(directory.resolve(baseName + ".svg"), Diagrams.svg(machine)));
  }

  /**
   * Every {@code *.asl.json} directly in {@code folder}, by base name ({@code order} for
   * {@code order.asl.json}), validated. No folder means no files.
   *
   * @throws WorkflowException listing every file that does not read or validate, each problem
   *     with the file and JSON pointer
   */
  static Map<String, StateMachine> readDefinitions(Path folder) {
    Map<String, StateMachine> machines = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : aslFiles(folder)) {
      try {
        String fileName = file.getFileName().toString();
        machines.put(fileName.substring(0, fileName.length() - ASL_SUFFIX.length()),
            Asl.readValid(read(file)));
      } catch (InvalidDefinitionException e) {
        problems.add(describe(file, e.diagnostics()));
      }
    }
    if (!problems.isEmpty()) {
      String count = problems.size() == 1 ? "1 definition is" : problems.size() + " definitions are";
      throw new WorkflowException(count + " invalid:\n" + String.join("\n", problems));
    }
    return machines;
  }

  /** The {@code *.asl.json} files the goals read from {@code folder}, sorted. */
  static List<Path> aslFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(ASL_SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String describe(Path file, List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder(file.toString()).append(':');
    diagnostics.forEach(diagnostic -> text.append("\n  ").append(diagnostic));
    return text.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Path write(Path file, String content) {
    try {
      if (Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
        return file;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
