package io.statecraft.local.conformance;


import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs conformance cases recorded against AWS (the format of {@code shared/conformance/README.md})
 * and compares status, output, error, cause and history with what AWS recorded, replaying the
 * recorded task results through the task-handler mechanism. Cases AWS ran through
 * StartSyncExecution run as Express executions; a case StopExecution ended is stopped where its
 * history says AWS's was.
 *
 * <pre>{@code
 * List<Conformance.Result> results = Conformance.run(List.of(Path.of("conformance/cases")),
 *     result -> System.out.println(result.line()));
 * System.out.println(Conformance.summary(results));   // "667 passed, 0 failed, 114 skipped"
 * }</pre>
 */
public final class Conformance {

  /** How one case ended. */
  public enum Outcome {
    PASS,
    FAIL,
    SKIP
  }

  /**
   * One case's outcome; {@code detail} is the first difference (FAIL) or the reason (SKIP).
   *
   * @param id the case id
   * @param outcome pass, fail or skip
   * @param detail the first difference or the skip reason; empty for a pass
   */
  public record Result(String id, Outcome outcome, String detail) {
    /** {@code PASS id}, {@code FAIL id: difference} or {@code SKIP id: reason}. */
    public String line() {
      return outcome + " " + id + (outcome == Outcome.PASS ? "" : ": " + detail);
    }
  }

  private Conformance() {}

  /** Runs every {@code *.json} case under {@code roots} (sorted by path), reporting each one. */
  public static List<Result> run(List<Path> roots, Consumer<Result> each) {
    return CaseRunner.run(roots, each);
  }

  /** {@code N passed, M failed, K skipped}. */
  public static String summary(List<Result> results) {
    return CaseRunner.summary(results);
  }

  /**
   * Why the runner skips the case in {@code file} (its recording contradicts others, or hides a
   * value the execution ran with), or empty when it runs it.
   */
  public static java.util.Optional<String> skipReason(Path file) {
    tools.jackson.databind.JsonNode testCase;
    try {
      testCase = io.statecraft.local.internal.json.Values.parse(java.nio.file.Files.readString(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
    return java.util.Optional.ofNullable(CaseRunner.skipReason(
        testCase.path("id").asString(file.getFileName().toString()), testCase));
  }

  /** Runs the case in {@code file}. */
  public static Result runCase(Path file) {
    return CaseRunner.runCase(file);
  }
}
