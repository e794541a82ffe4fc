package io.statecraft.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the FILE|DIR arguments of a verb: files as given, directories to their definitions. */
final class DefinitionFiles {

  private DefinitionFiles() {}

  /**
   * Each file as given; for each directory, every {@code *.asl.json} below it, sorted so output is
   * the same on every machine.
   */
  static List<Path> expand(List<Path> arguments) {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".asl.json"))
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(argument);
      }
    }
    return files;
  }
}
