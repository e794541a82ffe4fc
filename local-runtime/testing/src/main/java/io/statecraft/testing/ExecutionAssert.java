package io.statecraft.testing;

import io.statecraft.compiler.internal.common.JsonDiff;
import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.Json;
import io.statecraft.local.typed.TypeMismatchException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/**
 * AssertJ assertions on an {@link Execution}. Every failure message shows how the execution
 * ended, the path it took and the first difference.
 *
 * <pre>{@code
 * assertThat(execution)
 *     .succeeded()
 *     .hasOutputAt("$.total", 42)
 *     .visited("Validate", "Charge")
 *     .hasRetried("Charge", 2)
 *     .didNotCall("Refund");
 * assertThat(execution).calledTask("Charge").withInput("{\"total\": 42}").once();
 * }</pre>
 */
public class ExecutionAssert extends AbstractAssert<ExecutionAssert, Execution> {

  /** Use {@link StatecraftAssertions#assertThat(Execution)}. */
  protected ExecutionAssert(Execution actual) {
    super(actual, ExecutionAssert.class);
  }

  /** The execution succeeded. */
  public final ExecutionAssert succeeded() {
    return hasStatus(ExecutionStatus.SUCCEEDED);
  }

  /** The execution failed. */
  public final ExecutionAssert failed() {
    return hasStatus(ExecutionStatus.FAILED);
  }

  /** The execution timed out (the machine's TimeoutSeconds passed). */
  public final ExecutionAssert timedOut() {
    return hasStatus(ExecutionStatus.TIMED_OUT);
  }

  /** The execution ended with {@code status}. */
  public final ExecutionAssert hasStatus(ExecutionStatus status) {
    isNotNull();
    if (actual.status() != status) {
      fail("to have status " + status, "but it ended " + ending());
    }
    return this;
  }

  /** The output equals {@code expectedJson} (JSON text; numbers compare by value). */
  public final ExecutionAssert hasOutput(String expectedJson) {
    return hasOutput(Json.parse(expectedJson));
  }

  /** The output equals {@code expected} (numbers compare by value). */
  public final ExecutionAssert hasOutput(JsonNode expected) {
    succeeded();
    String difference = JsonDiff.first(expected, actual.output());
    if (difference != null) {
      fail("to have output " + Json.text(expected),
          "but output was " + Json.text(actual.output()) + "\nfirst difference: " + difference);
    }
    return this;
  }

  /**
   * The output, read as {@code expected}'s record ({@link Execution#output(Class)}), equals
   * {@code expected}; fields of the output the record does not have are not compared.
   *
   * <pre>{@code
   * assertThat(execution).succeeded().hasOutput(new Receipt("o-1", "ch-1"));
   * }</pre>
   */
  public final ExecutionAssert hasOutput(Record expected) {
    succeeded();
    Record read;
    try {
      read = actual.output(expected.getClass());
    } catch (TypeMismatchException e) {
      fail("to have output " + expected, "but " + e.getMessage().replace(
          System.lineSeparator(), "\n"));
      return this;
    }
    if (!expected.equals(read)) {
      fail("to have output " + expected, "but output was " + read);
    }
    return this;
  }

  /**
   * The output has {@code expected} at the JSONPath {@code path}; {@code expected} is a Java
   * value (String, Number, Boolean, List, Map, null) or a JsonNode.
   */
  public final ExecutionAssert hasOutputAt(String path, Object expected) {
    succeeded();
    JsonNode want = expected instanceof JsonNode node ? node : Json.valueOf(expected);
    java.util.Optional<JsonNode> found = Json.at(actual.output(), path);
    if (found.isEmpty()) {
      fail("to have " + Json.text(want) + " at " + path,
          "but the output has nothing there: " + Json.text(actual.output()));
      return this;
    }
    JsonNode value = found.get();
    String difference = JsonDiff.first(want, value);
    if (difference != null) {
      fail("to have " + Json.text(want) + " at " + path,
          "but it has " + Json.text(value) + "\nfirst difference: " + difference);
    }
    return this;
  }

  /** The execution failed (or timed out) with error {@code error}. */
  public final ExecutionAssert hasError(String error) {
    isNotNull();
    if (actual.status() == ExecutionStatus.SUCCEEDED || !error.equals(actual.error())) {
      fail("to fail with error " + error, "but it ended " + ending());
    }
    return this;
  }

  /** The execution failed with cause {@code cause}. */
  public final ExecutionAssert hasCause(String cause) {
    isNotNull();
    if (actual.status() == ExecutionStatus.SUCCEEDED || !cause.equals(actual.cause())) {
      fail("to fail with cause " + cause, "but it ended " + ending());
    }
    return this;
  }

  /** The states entered include {@code states} in this order (others may come between). */
  public final ExecutionAssert visited(String... states) {
    isNotNull();
    List<String> path = actual.path();
    int at = 0;
    for (String state : states) {
      int found = path.subList(at, path.size()).indexOf(state);
      if (found < 0) {
        fail("to visit " + Arrays.toString(states) + " in this order",
            "but '" + state + "' was not entered" + (at == 0 ? "" : " after '" + path.get(at - 1)
                + "'"));
      }
      at += found + 1;
    }
    return this;
  }

  /** The states entered are exactly {@code states}, in this order. */
  public final ExecutionAssert tookPath(String... states) {
    isNotNull();
    List<String> expected = List.of(states);
    List<String> path = actual.path();
    if (!path.equals(expected)) {
      int i = 0;
      while (i < Math.min(path.size(), expected.size()) && path.get(i).equals(expected.get(i))) {
        i++;
      }
      fail("to take the path " + expected, "but it differs at step " + (i + 1) + ": expected "
          + (i < expected.size() ? "'" + expected.get(i) + "'" : "the end") + ", was "
          + (i < path.size() ? "'" + path.get(i) + "'" : "the end"));
    }
    return this;
  }

  /** The state {@code state} was never entered. */
  public final ExecutionAssert didNotVisit(String state) {
    isNotNull();
    if (actual.path().contains(state)) {
      fail("not to visit '" + state + "'", "but it did");
    }
    return this;
  }

  /** The first entry into {@code state} had input {@code expectedJson}. */
  public final ExecutionAssert hasStateInput(String state, String expectedJson) {
    return state(state, "input", actual.stateInput(state), expectedJson);
  }

  /** The last exit from {@code state} had output {@code expectedJson}. */
  public final ExecutionAssert hasStateOutput(String state, String expectedJson) {
    return state(state, "output", actual.stateOutput(state), expectedJson);
  }

  /** {@code state} was retried exactly {@code times} times (a Map or Parallel: as a whole). */
  public final ExecutionAssert hasRetried(String state, int times) {
    isNotNull();
    int retries = actual.retries(state);
    if (retries != times) {
      fail("to retry '" + state + "' " + times + " time(s)", "but it retried " + retries
          + " time(s)");
    }
    return this;
  }

  /**
   * The Task state {@code stateName} made at least one call; the calls it made can be narrowed
   * and counted on the returned assert.
   *
   * <pre>{@code
   * // passes when "Charge card" was called twice with this input:
   * assertThat(execution).calledTask("Charge card").withInput("{\"total\": 42}").times(2);
   * // fails when "Charge card" never ran, printing the path taken:
   * assertThat(execution).calledTask("Charge card");
   * }</pre>
   *
   * @throws AssertionError if the state made no call
   */
  public final TaskCallsAssert calledTask(String stateName) {
    isNotNull();
    TaskCallsAssert calls = new TaskCallsAssert(actual, stateName);
    if (calls.selected().isEmpty()) {
      fail("to call task '" + stateName + "'", "but it made no call to it; it called "
          + TaskCallsAssert.summary(actual.taskCalls()));
    }
    return calls;
  }

  /**
   * The Task state {@code stateName} made no call (it was not entered, or failed before its
   * call).
   *
   * @throws AssertionError if it made one
   */
  public final ExecutionAssert didNotCall(String stateName) {
    isNotNull();
    int made = new TaskCallsAssert(actual, stateName).selected().size();
    if (made > 0) {
      fail("not to call task '" + stateName + "'", "but it called it " + made + " time(s)");
    }
    return this;
  }

  private ExecutionAssert state(String state, String what, Optional<JsonNode> value,
      String expectedJson) {
    isNotNull();
    JsonNode expected = Json.parse(expectedJson);
    if (value.isEmpty()) {
      fail("'" + state + "' to have " + what + " " + Json.text(expected),
          "but it has no " + what + " (never " + (what.equals("input") ? "entered" : "exited") + ")");
    }
    String difference = JsonDiff.first(expected, value.get());
    if (difference != null) {
      fail("'" + state + "' to have " + what + " " + Json.text(expected),
          "but it was " + Json.text(value.get()) + "\nfirst difference: " + difference);
    }
    return this;
  }

  private String ending() {
    return switch (actual.status()) {
      case SUCCEEDED -> "SUCCEEDED with output " + Json.text(actual.output());
      default -> actual.status() + " with error " + actual.error()
          + (actual.cause() == null ? "" : " and cause " + actual.cause());
    };
  }

  /** AssertJ's layout: what was expected, what happened, then the path taken. */
  private void fail(String expectation, String outcome) {
    failWithMessage("%s", message(actual.name(), actual.path(), expectation, outcome));
  }

  /** The message of every Statecraft assertion: expectation, outcome, path taken. */
  static String message(String execution, List<String> path, String expectation,
      String outcome) {
    return "\nExpecting execution " + execution + "\n  " + expectation + "\n" + indent(outcome)
        + "\npath taken:\n  " + String.join(" -> ", path);
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
