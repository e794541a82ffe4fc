package io.statecraft.compiler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's read-only test data, {@code ../shared} beside the project root. Tests skip with a
 * clear message when it is absent (CI always has it).
 */
public final class SharedFolder {

  private SharedFolder() {}

  /** {@code ../shared/<relative>}, or a skipped test when the folder is not there. */
  public static Path resolve(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
        Path wanted = candidate.resolve(relative);
        assumeTrue(Files.exists(wanted), "shared test data not found at " + wanted);
        return wanted;
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "the shared test data folder (../shared beside the project root) is absent");
    return null;
  }

  /** Every {@code *.json} file below {@code folder}, sorted so runs are the same everywhere. */
  public static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #jsonFiles(Path)} of each of the {@code ../shared} folders, one after the other. */
  public static List<Path> jsonFiles(String... relatives) {
    List<Path> files = new ArrayList<>();
    for (String relative : relatives) {
      files.addAll(jsonFiles(resolve(relative)));
    }
    return files;
  }
}
