package io.statecraft.compiler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Read + write throughput of {@link Asl} over the whole ASL corpus, in MB of ASL text per second.
 * A plain main, not a test: timings belong in a benchmark run, not in the test suite.
 *
 * <p>Run it with {@code scripts/bench-read-write.sh [CORPUS_DIR]} from the project root.
 */
public final class ReadWriteBenchmark {

  private ReadWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/asl-corpus");
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (Path file : SharedFolder.jsonFiles(corpus)) {
      if (file.toString().contains("/invalid/") || file.endsWith("expected.json")
          || file.endsWith("MANIFEST.json")) {
        continue;
      }
      String text = Files.readString(file);
      try {
        Asl.read(text);
      } catch (RuntimeException notAsl) {
        continue;
      }
      texts.add(text);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("corpus: %d definitions, %.2f MB%n", texts.size(), bytes / 1e6);
    Rounds rounds = Rounds.run(20, 15, () -> round(texts));
    double megabytes = bytes / 1e6;
    double median = megabytes / (rounds.medianMillis() / 1000);
    System.out.printf("read+write: median %.1f MB/s, best %.1f MB/s, %.0f definitions/s (median)%n",
        median, megabytes / (rounds.bestMillis() / 1000), texts.size() * median / megabytes);
    System.out.println("(checksum " + rounds.checksum() + ")");
  }

  private static int round(List<String> texts) {
    int length = 0;
    for (String text : texts) {
      length += Asl.write(Asl.read(text)).length();
    }
    return length;
  }
}
