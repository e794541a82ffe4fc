package io.statecraft.compiler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
