package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every TestState call recorded against AWS ({@code test-state/recorded/}, 206 cases), replayed
 * through the AWS SDK for Java against the emulator over HTTP, and its answer compared with AWS's
 * as JSON (placeholders and key order aside; see {@link RecordedJson}).
 *
 * <p>A case that differs fails, unless {@link #KNOWN_DIFFERENCES} lists it with the reason: then
 * it is reported as skipped with what differs, and the summary after the last case lists them
 * all. A listed case that no longer differs fails too, so that the list only shrinks.
 */
class TestStateRecordedCasesTest {

  /**
   * The six cases AWS ran against a real Lambda function: handlers bound to their resources
   * return what the function returned (the string {@code "HelloWorld!"}; for the
   * {@code lambda:invoke} identity function called with a null Payload, {@code {}}).
   */
  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(builder -> builder
      .resource("arn:aws:lambda:*:*:function:*",
          (input, ctx) -> JsonNodeFactory.instance.stringNode("HelloWorld!"))
      .resource("arn:aws:states:::lambda:invoke",
          (input, ctx) -> JsonNodeFactory.instance.objectNode()));

  // Why each known case differs; AWS's side is the recording (section numbers: the TestState
  // facts, facts-20).

  /** The service shapes check types and enums, not the model's min/max (§4). */
  private static final String SHAPE_LIMITS = "runtime shapes: a mock result breaking the model's"
      + " min/max length or min/max value is accepted; AWS refuses it with ValidationException";
  /** The compiler's schema diagnostics are not worded as AWS's SCHEMA_VALIDATION_FAILED. */
  private static final String SCHEMA_WORDING = "engine/compiler: InvalidDefinition message is"
      + " not AWS's SCHEMA_VALIDATION_FAILED wording";

  /**
   * Cases where the runtime does not answer as AWS did, by file name, with the reason. Each is a
   * difference of the runtime (local-runtime/engine and its shapes), not of the wire: remove the
   * entry once the runtime is fixed (the case fails until it is removed).
   */
  static final Map<String, String> KNOWN_DIFFERENCES = knownDifferences();

  private static Map<String, String> knownDifferences() {
    Map<String, String> known = new TreeMap<>();
    for (String mode : List.of("test_field_validation_mode__test_strict_mode",
        "test_field_validation_mode_present__test_present_mode")) {
      known.put(mode + "_aws_sdk_kms_task_wrong_blob_length_less_than_minimum", SHAPE_LIMITS);
      known.put(mode + "_aws_sdk_lambda_get_function_task_integer_less_than_minimum_allowed",
          SHAPE_LIMITS);
      known.put(mode + "_aws_sdk_lambda_get_function_task_integer_more_than_maximum_allowed",
          SHAPE_LIMITS);
    }
    known.put("test_state_mock_validation__test_parallel_state_empty_branches", SCHEMA_WORDING
        + " (AWS: 'SCHEMA_VALIDATION_FAILED: Value cannot be empty at"
        + " /States/StateName/Branches')");
    known.put("test_test_state_machine_scenarios__test_state_name_invalid_state_definition",
        SCHEMA_WORDING);
    return Map.copyOf(known);
  }

  static final String REPORT = "target/test-state-replay.txt";

  private static final Map<String, List<String>> DIFFERING = new ConcurrentSkipListMap<>();

  @TestFactory
  Stream<DynamicTest> answersEveryRecordedCallAsAwsDid() {
    List<RecordedTestState> cases = RecordedTestState.all();
    assertThat(cases).as("recorded cases").hasSize(206);
    assertThat(cases.stream().map(RecordedTestState::name))
        .as("known differences name recorded cases").containsAll(KNOWN_DIFFERENCES.keySet());
    return cases.stream().map(recorded -> DynamicTest.dynamicTest(recorded.name(),
        () -> check(recorded)));
  }

  private static void check(RecordedTestState recorded) {
    List<String> differences = recorded.replay(API.sfn());
    String known = KNOWN_DIFFERENCES.get(recorded.name());
    if (!differences.isEmpty()) {
      DIFFERING.put(recorded.name(), differences);
    }
    String report = String.join("\n  ", differences);
    if (known == null) {
      Assertions.assertTrue(differences.isEmpty(),
          () -> recorded.name() + " differs from AWS:\n  " + report);
    } else if (differences.isEmpty()) {
      Assertions.fail(recorded.name() + " now answers as AWS did: remove it from"
          + " KNOWN_DIFFERENCES");
    } else {
      throw new TestAbortedException("known difference (" + known + "):\n  " + report);
    }
  }

  /**
   * The report, printed and written to {@value #REPORT}: every case that differs, known or not,
   * with what differs.
   */
  @AfterAll
  static void writeReport() throws IOException {
    StringBuilder summary = new StringBuilder("TestState replay: " + DIFFERING.size()
        + " recorded case(s) differ from AWS\n");
    DIFFERING.forEach((name, differences) -> {
      String known = KNOWN_DIFFERENCES.get(name);
      summary.append(known == null ? "NEW   " : "KNOWN ").append(name)
          .append(known == null ? "" : " (" + known + ")").append('\n');
      differences.forEach(d -> summary.append("        ").append(d).append('\n'));
    });
    System.out.print(summary);
    Files.writeString(Path.of(REPORT), summary);
  }
}
