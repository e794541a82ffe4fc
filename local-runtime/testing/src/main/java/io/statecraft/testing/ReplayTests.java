package io.statecraft.testing;

import io.statecraft.local.replay.ReplayResult;
import io.statecraft.local.replay.Replayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One JUnit 5 test per recorded history: each replays the history with a definition and fails
 * with the first divergence. Keep the histories of real executions (what
 * {@code aws stepfunctions get-execution-history} prints) beside the tests, and every change of
 * the definition is checked against them.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> recordedOrdersStillReplay() {
 *   return ReplayTests.of(Replayer.of(Path.of("src/main/resources/orders.asl.json")),
 *       Path.of("src/test/resources/order-histories"));
 * }
 * }</pre>
 */
public final class ReplayTests {

  private ReplayTests() {}

  /**
   * A test per {@code *.json} file below {@code histories} (sorted; {@code *.asl.json} are
   * definitions and left out), named after it; {@code histories} may be one file.
   */
  public static Stream<DynamicTest> of(Replayer replayer, Path histories) {
    List<Path> files;
    if (Files.isDirectory(histories)) {
      try (Stream<Path> walk = Files.walk(histories)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith(".json"))
            .filter(p -> !p.getFileName().toString().endsWith(".asl.json"))
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + histories, e);
      }
    } else {
      files = List.of(histories);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("histories must hold *.json history files, "
          + histories + " has none");
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(
        histories.relativize(file).toString().isEmpty() ? file.getFileName().toString()
            : histories.relativize(file).toString(),
        file.toUri(), () -> {
          ReplayResult result = replayer.check(file);
          StatecraftAssertions.assertThat(result).isConsistent();
        }));
  }
}
