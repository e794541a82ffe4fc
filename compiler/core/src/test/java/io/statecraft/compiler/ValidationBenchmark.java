package io.statecraft.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time to validate the whole ASL corpus (real-world and validator cases, valid and invalid), first
 * in a fresh JVM (schema loading and class initialisation included: what one {@code statecraft
 * validate} run pays after JVM start), then warm. A plain main, not a test.
 *
 * <p>Run it with {@code scripts/bench-validate.sh [CORPUS_DIR]} from the project root.
 */
public final class ValidationBenchmark {

  private ValidationBenchmark() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = System.nanoTime();
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/asl-corpus");
    List<String> texts = new ArrayList<>();
    for (Path file : SharedFolder.jsonFiles(corpus)) {
      if (!file.endsWith("expected.json") && !file.endsWith("MANIFEST.json")) {
        texts.add(Files.readString(file));
      }
    }
    long read = System.nanoTime();
    int diagnostics = round(texts);
    long cold = System.nanoTime();
    System.out.printf("corpus: %d definitions read in %.0f ms%n", texts.size(), ms(read - jvmStart));
    System.out.printf("first validation of the whole corpus (cold, schema load included): %.0f ms,"
        + " %d diagnostics%n", ms(cold - read), diagnostics);
    Rounds rounds = Rounds.run(10, 15, () -> round(texts));
    double median = rounds.medianMillis();
    System.out.printf("warm: median %.1f ms per corpus (best %.1f), %.0f definitions/s%n", median,
        rounds.bestMillis(), texts.size() / (median / 1000));
    System.out.println("(checksum " + (diagnostics + rounds.checksum()) + ")");
  }

  private static int round(List<String> texts) {
    int count = 0;
    for (String text : texts) {
      count += Validator.validate(text).size();
    }
    return count;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
