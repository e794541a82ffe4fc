package io.statecraft.local.internal.tasks;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A mock configuration file in the format of AWS Step Functions Local: {@code StateMachines}
 * name test cases that map Task states to {@code MockedResponses}, whose numbered invocations
 * ({@code "0"}, {@code "1-2"}) {@code Return} a result or {@code Throw} an error. A test case is
 * chosen by the {@code #TestCaseName} suffix of the ARN given to StartExecution in the emulator,
 * or by {@code LocalStateMachine.withMockedResponses} in Java. Mocked results are raw service
 * results (no Lambda {@code :invoke} wrapping), as Step Functions Local uses them.
 */
public final class MockConfig {

  /** One invocation range of a mocked response. */
  private record Answer(int from, int to, JsonNode result, String error, String cause) {}

  public static final MockConfig NONE = new MockConfig(Map.of(), Map.of());

  /** machine name -> test case -> state name -> mocked response name. */
  private final Map<String, Map<String, Map<String, String>>> cases;
  private final Map<String, List<Answer>> responses;

  private MockConfig(Map<String, Map<String, Map<String, String>>> cases,
      Map<String, List<Answer>> responses) {
    this.cases = cases;
    this.responses = responses;
  }

  /** Reads a mock file; throws {@link IllegalArgumentException} naming the file and JSON pointer. */
  public static MockConfig read(Path file) {
    JsonNode root;
    try {
      root = Values.parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mock configuration " + file, e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not JSON: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e), e);
    }
    return parse(root, file.toString());
  }

  /** Reads a mock configuration already parsed; {@code source} names it in messages. */
  public static MockConfig parse(JsonNode root, String source) {
    Map<String, List<Answer>> responses = new HashMap<>();
    JsonNode mocked = object(root, "MockedResponses", "/MockedResponses", source);
    for (Map.Entry<String, JsonNode> response : mocked.properties()) {
      String pointer = "/MockedResponses/" + response.getKey();
      List<Answer> answers = new ArrayList<>();
      for (Map.Entry<String, JsonNode> key : object(mocked, response.getKey(), pointer, source)
          .properties()) {
        answers.add(answer(key.getKey(), key.getValue(), pointer + "/" + key.getKey(), source));
      }
      responses.put(response.getKey(), answers);
    }
    Map<String, Map<String, Map<String, String>>> cases = new HashMap<>();
    JsonNode machines = object(root, "StateMachines", "/StateMachines", source);
    for (Map.Entry<String, JsonNode> machine : machines.properties()) {
      String pointer = "/StateMachines/" + machine.getKey();
      JsonNode testCases = object(object(machines, machine.getKey(), pointer, source),
          "TestCases", pointer + "/TestCases", source);
      Map<String, Map<String, String>> byCase = new HashMap<>();
      for (Map.Entry<String, JsonNode> testCase : testCases.properties()) {
        String casePointer = pointer + "/TestCases/" + testCase.getKey();
        Map<String, String> byState = new HashMap<>();
        for (Map.Entry<String, JsonNode> state : object(testCases, testCase.getKey(), casePointer,
            source).properties()) {
          String response = state.getValue().asString(null);
          if (response == null || !responses.containsKey(response)) {
            throw new IllegalArgumentException(source + " at " + casePointer + "/"
                + state.getKey() + ": names no entry of MockedResponses: " + state.getValue());
          }
          byState.put(state.getKey(), response);
        }
        byCase.put(testCase.getKey(), byState);
      }
      cases.put(machine.getKey(), byCase);
    }
    return new MockConfig(cases, responses);
  }

  /**
   * Fresh handlers (with their own invocation counters) for one execution of {@code machine}
   * under {@code testCase}.
   *
   * @throws IllegalArgumentException when the file has no such state machine or test case,
   *     naming the nearest ones
   */
  public Map<String, TaskHandler> handlers(String machine, String testCase) {
    Map<String, TaskHandler> handlers = new HashMap<>();
    testCase(machine, testCase).forEach((state, response) -> handlers.put(state,
        handler(state, response)));
    return handlers;
  }

  /**
   * Checks that {@code testCase} of {@code index}'s workflow exists and names only its states.
   *
   * @throws IllegalArgumentException naming what is missing and the nearest names
   */
  public void check(StateIndex index, String testCase) {
    for (String state : testCase(index.workflow(), testCase).keySet()) {
      index.checkState(state, "test case '" + testCase + "' of the mock configuration");
    }
  }

  private Map<String, String> testCase(String machine, String testCase) {
    Map<String, Map<String, String>> byCase = cases.get(machine);
    if (byCase == null) {
      throw new IllegalArgumentException("the mock configuration has no state machine '" + machine
          + "' under StateMachines" + StateIndex.nearest(machine, cases.keySet(), "it has "));
    }
    Map<String, String> byState = byCase.get(testCase);
    if (byState == null) {
      throw new IllegalArgumentException("Test case '" + testCase + "' of state machine '"
          + machine + "' is not in the mock configuration"
          + StateIndex.nearest(testCase, byCase.keySet(), "its test cases are "));
    }
    return byState;
  }

  private TaskHandler handler(String state, String response) {
    List<Answer> answers = responses.get(response);
    AtomicInteger calls = new AtomicInteger();
    return (input, context) -> {
      int call = calls.getAndIncrement();
      for (Answer answer : answers) {
        if (call >= answer.from() && call <= answer.to()) {
          if (answer.result() != null) {
            return answer.result();
          }
          throw new TaskFailure(answer.error(), answer.cause());
        }
      }
      // As Step Functions Local does: an invocation the file does not cover ends the execution.
      throw new TaskFailure(ErrorNames.RUNTIME, "The mocked response '" + response + "' of state '"
          + state + "' has no entry for invocation " + call + " (invocations count from 0,"
          + " retries included)");
    };
  }

  private static Answer answer(String key, JsonNode value, String pointer, String source) {
    int from;
    int to;
    try {
      int dash = key.indexOf('-');
      from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash));
      to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " at " + pointer
          + ": an invocation key is a number or a range like \"1-2\", was \"" + key + "\"");
    }
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(source + " at " + pointer
          + ": the range must count up from 0, was \"" + key + "\"");
    }
    boolean returns = value.has("Return");
    JsonNode thrown = value.get("Throw");
    if (returns == (thrown != null)) {
      throw new IllegalArgumentException(source + " at " + pointer
          + ": needs exactly one of Return or Throw");
    }
    if (returns) {
      return new Answer(from, to, value.get("Return"), null, null);
    }
    String error = thrown.path("Error").asString(null);
    String cause = thrown.path("Cause").asString(null);
    if (error == null || cause == null) {
      throw new IllegalArgumentException(source + " at " + pointer
          + "/Throw: needs the strings Error and Cause");
    }
    return new Answer(from, to, null, error, cause);
  }

  private static JsonNode object(JsonNode parent, String field, String pointer, String source) {
    JsonNode value = parent.get(field);
    if (value == null || !value.isObject()) {
      throw new IllegalArgumentException(source + " at " + pointer + ": "
          + (value == null ? "missing, an object is required" : "must be an object"));
    }
    return value;
  }
}
