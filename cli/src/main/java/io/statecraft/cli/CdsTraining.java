package io.statecraft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the {@code statecraft} launcher's class-data sharing archive: the short
 * verbs ({@code run}, {@code validate}, {@code fmt}) on a few definitions (JSONPath and JSONata,
 * every kind of state, one with a mistake), so that {@code -XX:DumpLoadedClassList} lists the
 * classes they load. Prints nothing.
 *
 * <pre>
 * java -XX:DumpLoadedClassList=statecraft.classes -cp statecraft.jar io.statecraft.cli.CdsTraining
 * java -Xshare:dump -XX:SharedClassListFile=statecraft.classes \
 *     -XX:SharedArchiveFile=statecraft.jsa -cp statecraft.jar
 * </pre>
 */
final class CdsTraining {

  private static final String[] FILES = {
    "paths.asl.json", "jsonata.asl.json", "invalid.asl.json", "input.json", "results.json"
  };

  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("statecraft-cds");
    try {
      for (String name : FILES) {
        copy(name, dir.resolve(name));
      }
      String input = "@" + dir.resolve("input.json");
      PrintWriter quiet = new PrintWriter(Writer.nullWriter());
      Statecraft.run(quiet, quiet, "run", dir.resolve("paths.asl.json").toString(),
          "--input", input, "--task-results", dir.resolve("results.json").toString());
      Statecraft.run(quiet, quiet, "run", dir.resolve("jsonata.asl.json").toString(),
          "--input", input);
      Statecraft.run(quiet, quiet, "validate", dir.toString());
      Statecraft.run(quiet, quiet, "fmt", "--check", dir.toString());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  private static void copy(String name, Path target) {
    try (InputStream in = CdsTraining.class.getResourceAsStream("cds-training/" + name)) {
      Files.copy(in, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
