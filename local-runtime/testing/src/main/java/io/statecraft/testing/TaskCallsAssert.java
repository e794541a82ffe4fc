package io.statecraft.testing;

import io.statecraft.compiler.internal.common.JsonDiff;
import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.task.TaskCall;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/**
 * AssertJ assertions on the calls one Task state of an {@link Execution} made, from
 * {@link ExecutionAssert#calledTask(String)}. Each narrowing keeps the calls that match; a
 * failure prints the calls made, the first difference and the path taken.
 *
 * <pre>{@code
 * assertThat(execution).calledTask("Charge card")
 *     .times(3)                                   // the first call and two retries
 *     .withInput("{\"total\": 42}")               // every one of them with this input
 *     .times(3);
 * }</pre>
 */
public class TaskCallsAssert extends AbstractAssert<TaskCallsAssert, Execution> {

  private final String stateName;
  private final List<TaskCall> selected;
  private final String narrowedBy;

  TaskCallsAssert(Execution execution, String stateName) {
    this(execution, stateName, calls(execution, stateName), "");
  }

  private TaskCallsAssert(Execution execution, String stateName, List<TaskCall> selected,
      String narrowedBy) {
    super(execution, TaskCallsAssert.class);
    this.stateName = stateName;
    this.selected = selected;
    this.narrowedBy = narrowedBy;
  }

  /** The calls this assert looks at. */
  List<TaskCall> selected() {
    return selected;
  }

  /**
   * Keeps the calls whose input equals {@code expectedJson} (numbers compare by value).
   *
   * @throws AssertionError if none does; the message gives the first difference from the first
   *     call's input
   */
  public final TaskCallsAssert withInput(String expectedJson) {
    return withInput(Json.parse(expectedJson));
  }

  /** {@link #withInput(String)} with a JSON value. */
  public final TaskCallsAssert withInput(JsonNode expected) {
    List<TaskCall> matching = new ArrayList<>();
    for (TaskCall call : selected) {
      if (JsonDiff.first(expected, call.input()) == null) {
        matching.add(call);
      }
    }
    String narrowed = narrowedBy + " with input " + Json.text(expected);
    if (matching.isEmpty()) {
      fail("to call task '" + stateName + "'" + narrowed, "but its calls had the inputs "
          + inputs(selected) + "\nfirst difference: "
          + JsonDiff.first(expected, selected.get(0).input()));
    }
    return new TaskCallsAssert(actual, stateName, List.copyOf(matching), narrowed);
  }

  /**
   * Keeps the call of attempt {@code attempt} (1 the first call of an entry into the state, 2 its
   * first retry, ...), of every entry.
   *
   * @throws AssertionError if there is none
   */
  public final TaskCallsAssert onAttempt(int attempt) {
    List<TaskCall> matching = selected.stream().filter(call -> call.attempt() == attempt)
        .toList();
    String narrowed = narrowedBy + " on attempt " + attempt;
    if (matching.isEmpty()) {
      fail("to call task '" + stateName + "'" + narrowed, "but it made attempts "
          + selected.stream().map(TaskCall::attempt).toList());
    }
    return new TaskCallsAssert(actual, stateName, matching, narrowed);
  }

  /**
   * Exactly {@code times} calls (of those kept so far) were made.
   *
   * @throws AssertionError otherwise
   */
  public final TaskCallsAssert times(int times) {
    if (selected.size() != times) {
      fail("to call task '" + stateName + "'" + narrowedBy + " " + times + " time(s)",
          "but it called it " + selected.size() + " time(s), with the inputs "
              + inputs(selected));
    }
    return this;
  }

  /** Exactly one call (of those kept so far) was made. */
  public final TaskCallsAssert once() {
    return times(1);
  }

  /** "'A' x2, 'B' x1" for messages, or "no task" when there were no calls. */
  static String summary(List<TaskCall> calls) {
    if (calls.isEmpty()) {
      return "no task";
    }
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    calls.forEach(call -> counts.merge(call.stateName(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((state, count) -> parts.add("'" + state + "' x" + count));
    return String.join(", ", parts);
  }

  private static List<TaskCall> calls(Execution execution, String stateName) {
    return execution.taskCalls().stream().filter(call -> call.stateName().equals(stateName))
        .toList();
  }

  private static String inputs(List<TaskCall> calls) {
    return calls.stream().map(call -> Json.text(call.input())).toList().toString();
  }

  private void fail(String expectation, String outcome) {
    failWithMessage("%s", ExecutionAssert.message(actual.name(), actual.path(), expectation,
        outcome));
  }
}
