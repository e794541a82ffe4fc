package io.statecraft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the {@code statecraft} launcher's class-data sharing archive: the short
 * verbs ({@code run}, {@code validate}, {@code fmt}) once each, on a small definition, so that
 * {@code -XX:DumpLoadedClassList} lists the classes they load. Prints nothing.
 *
 * <pre>
 * java -XX:DumpLoadedClassList=statecraft.classes -cp statecraft.jar io.statecraft.cli.CdsTraining
 * java -Xshare:dump -XX:SharedClassListFile=statecraft.classes -XX:SharedArchiveFile=statecraft.jsa \
 *     -cp statecraft.jar
 * </pre>
 */
final class CdsTraining {

  /** A Pass, a Choice and the two ends: the paths, intrinsics and output a run goes through. */
  private static final String DEFINITION = """
      {
        "Comment": "statecraft class-data sharing training",
        "StartAt": "Greet",
        "States": {
          "Greet": {
            "Type": "Pass",
            "Parameters": {"greeting.$": "States.Format('hello {}', $.name)", "n": 1},
            "ResultPath": "$.result",
            "Next": "Known?"
          },
          "Known?": {
            "Type": "Choice",
            "Choices": [{"Variable": "$.name", "IsPresent": true, "Next": "Done"}],
            "Default": "Unknown"
          },
          "Done": {"Type": "Succeed"},
          "Unknown": {"Type": "Fail", "Error": "Training.Unknown", "Cause": "no name"}
        }
      }
      """;

  /** A definition with a mistake, for validate's diagnostics. */
  private static final String INVALID = """
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}
      """;

  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("statecraft-cds");
    try {
      String valid = Files.writeString(dir.resolve("training.asl.json"), DEFINITION).toString();
      Files.writeString(dir.resolve("invalid.asl.json"), INVALID);
      PrintWriter quiet = new PrintWriter(Writer.nullWriter());
      Statecraft.run(quiet, quiet, "run", valid, "--input", "{\"name\": \"cds\"}");
      Statecraft.run(quiet, quiet, "validate", dir.toString());
      Statecraft.run(quiet, quiet, "fmt", "--check", dir.toString());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }
}
