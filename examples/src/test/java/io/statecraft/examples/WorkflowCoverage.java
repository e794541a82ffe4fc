package io.statecraft.examples;

import io.statecraft.compiler.Asl;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.Execution;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * Checks, once a test class has run, that its tests together entered every state of a workflow
 * and took every transition (each Next, each Choice rule and Default, each Catch), inside
 * Parallel branches and Map iterations too. It reads the executions' histories, so the claim is
 * verified, not assumed; feed it with {@code runtime.onFinished(coverage::record)}.
 *
 * <p>The check runs only when every enabled test of the class ran: running one test alone does
 * not fail for the states the others cover.
 */
final class WorkflowCoverage implements AfterEachCallback, AfterAllCallback {

  private final String workflow;
  /** Each state, and each transition as {@code "from -> to"} with what declares it. */
  private final Set<String> states = new LinkedHashSet<>();
  private final Map<String, String> transitions = new LinkedHashMap<>();
  private final Set<String> entered = ConcurrentHashMap.newKeySet();
  private final Set<String> taken = ConcurrentHashMap.newKeySet();
  private final Set<String> testsRun = ConcurrentHashMap.newKeySet();

  WorkflowCoverage(Workflow workflow) {
    this.workflow = workflow.name();
    walk(Asl.toJson(workflow.define()).get("States"));
  }

  /** Counts what {@code execution} covered, if it is an execution of this workflow. */
  void record(Execution execution) {
    if (!execution.stateMachine().name().equals(workflow)) {
      return;
    }
    for (Map.Entry<String, String> step : Histories.of(execution).transitions()) {
      entered.add(step.getValue());
      taken.add(step.getKey() + " -> " + step.getValue());
    }
  }

  /** The states never entered and the transitions never taken, each on a line; empty if none. */
  List<String> missed() {
    List<String> missed = new ArrayList<>();
    for (String state : states) {
      if (!entered.contains(state)) {
        missed.add("state '" + state + "' was never entered");
      }
    }
    transitions.forEach((transition, declared) -> {
      if (!taken.contains(transition)) {
        missed.add("transition " + transition + " (" + declared + ") was never taken");
      }
    });
    return missed;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    testsRun.add(context.getRequiredTestMethod().getName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    int enabled = 0;
    for (Method method : context.getRequiredTestClass().getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class) && !method.isAnnotationPresent(Disabled.class)) {
        enabled++;
      }
    }
    List<String> missed = missed();
    if (testsRun.size() == enabled && !missed.isEmpty()) {
      throw new AssertionError("The tests of " + context.getDisplayName() + " leave parts of "
          + workflow + " untested:\n  " + String.join("\n  ", missed));
    }
  }

  private void walk(JsonNode statesNode) {
    for (Map.Entry<String, JsonNode> entry : statesNode.properties()) {
      String name = entry.getKey();
      JsonNode state = entry.getValue();
      states.add(name);
      add(name, state.get("Next"), "Next");
      add(name, state.get("Default"), "Default");
      int rule = 0;
      for (JsonNode choice : state.path("Choices")) {
        add(name, choice.get("Next"), "Choice rule " + ++rule);
      }
      for (JsonNode catcher : state.path("Catch")) {
        add(name, catcher.get("Next"), "Catch " + catcher.get("ErrorEquals"));
      }
      for (JsonNode branch : state.path("Branches")) {
        walk(branch.get("States"));
      }
      JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor")
          : state.get("Iterator");
      if (processor != null) {
        walk(processor.get("States"));
      }
    }
  }

  private void add(String from, JsonNode to, String declared) {
    if (to == null) {
      return;
    }
    String transition = from + " -> " + to.asString();
    String before = transitions.putIfAbsent(transition, declared);
    if (before != null) {
      // Two rules leading to the same state cannot be told apart from a history.
      throw new IllegalStateException(transition + " is both " + before + " and " + declared
          + "; this check cannot tell them apart");
    }
  }
}
