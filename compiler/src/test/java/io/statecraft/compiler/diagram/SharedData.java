package io.statecraft.compiler.diagram;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's read-only test data, {@code ../shared} beside the project root; tests skip with a
 * clear message when it is absent.
 */
final class SharedData {

  private SharedData() {}

  static Path resolve(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
        Path wanted = candidate.resolve(relative);
        assumeTrue(Files.exists(wanted), "shared test data not found at " + wanted);
        return wanted;
      }
    }
    assumeTrue(false, "the shared test data folder (../shared beside the project root) is absent");
    return null;
  }
}
