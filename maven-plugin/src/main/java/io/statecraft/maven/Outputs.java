package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.diagrams.Diagrams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the goals write ({@code <name>.asl.json}, {@code <name>.mmd}, {@code <name>.svg}, and
 * for a typed workflow {@code <name>.input.schema.json} and {@code <name>.output.schema.json},
 * for a task's declared result record {@code <name>.<state>.result.schema.json}). A
 * file whose content is unchanged is not rewritten, so its timestamp stays and incremental builds
 * downstream see nothing new.
 */
final class Outputs {

  private Outputs() {}

  /**
   * Writes the definition, both diagrams and the schemas of each workflow; returns the files
   * written.
   */
  static List<Path> writeAll(Path directory, List<CompiledWorkflow> workflows) {
    List<Path> written = new ArrayList<>();
    for (CompiledWorkflow workflow : workflows) {
      written.add(write(directory.resolve(workflow.name() + AslFiles.SUFFIX),
          Asl.write(workflow.machine())));
      written.addAll(writeDiagrams(directory, workflow.name(), workflow.machine()));
      workflow.schemas().forEach((fileName, schema) ->
          written.add(write(directory.resolve(fileName), schema)));
    }
    return written;
  }

  /** Writes {@code <baseName>.mmd} and {@code <baseName>.svg}; returns both files. */
  static List<Path> writeDiagrams(Path directory, String baseName, StateMachine machine) {
    return List.of(
        write(directory.resolve(baseName + ".mmd"), Diagrams.mermaid(machine)),
        write(directory.resolve(baseName + ".svg"), Diagrams.svg(machine)));
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
