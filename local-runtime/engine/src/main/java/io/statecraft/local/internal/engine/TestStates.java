package io.statecraft.local.internal.engine;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.local.internal.expr.Variables;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Inspection;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.StartPoint;
import io.statecraft.local.internal.kernel.Step;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.internal.tasks.TaskServices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TestState: one state run once, alone, on a given input, variables and context object, with
 * its service call answered by a mock or a handler; reports what each processing step produced,
 * and where the state would go next, as AWS's TestState API does. The state runs as the first
 * state of a machine made for it (a single state's transitions lead to stand-in states), on the
 * engine's ordinary code, stopped before the state that follows.
 */
public final class TestStates {

  /** What a test asks. {@code definition}: a state, or a machine with {@code stateName}. */
  public record Request(ObjectNode definition, String stateName, JsonNode input,
      JsonNode variables, JsonNode context, int retrierRetryCount, TaskDispatcher tasks) {}

  /**
   * What the test gave: status SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR; the output, or the
   * error and cause; the next state; and the values of each processing step.
   */
  public record Result(String status, JsonNode output, String error, String cause,
      String nextState, Map<String, JsonNode> inspected, Integer retryIndex,
      Long retryBackoffMillis, Integer catchIndex, JsonNode variables) {}

  /** The name a state tested on its own runs under, when the test names none. */
  static final String DEFAULT_NAME = "TestState";

  private TestStates() {}

  /** Runs the test in {@code engine}; IllegalArgumentException for a definition it cannot run. */
  public static Result run(Engine engine, Request request) {
    boolean whole = request.definition().has("States");
    String name = whole ? request.stateName()
        : request.stateName() != null ? request.stateName() : DEFAULT_NAME;
    if (whole && name == null) {
      throw new IllegalArgumentException("stateName is required when the definition is a whole"
          + " state machine");
    }
    ObjectNode machineJson = whole ? request.definition().deepCopy()
        : machineAround(name, request.definition());
    StateMachine model = Asl.fromJson(machineJson);
    Machine machine = engine.load("TestState", model);
    Step step = machine.graph().step(name);
    if (step == null) {
      throw new IllegalArgumentException("the definition has no state '" + name + "'; its states"
          + " are " + machine.graph().names());
    }
    Probe probe = new Probe(request.retrierRetryCount());
    Variables variables = new Variables(null);
    if (request.variables() != null) {
      request.variables().properties().forEach(v -> variables.set(v.getKey(), v.getValue()));
    }
    Run run = engine.testRun(machine, request.input(), request.tasks(),
        Map.of(Inspection.class, probe, StartPoint.class,
            new StartPoint(step, variables, request.context())));
    Outcome outcome = run.runHere();
    return probe.result(outcome, variables);
  }

  /**
   * A machine whose first state is {@code state}, and whose other states stand in for the states
   * {@code state} may go to (Next, Default, a Choice rule's or a Catch's Next).
   */
  static ObjectNode machineAround(String name, ObjectNode state) {
    ObjectNode machine = Values.object();
    machine.put("StartAt", name);
    if (state.has("QueryLanguage")) {
      machine.put("QueryLanguage", state.get("QueryLanguage").asString());
    }
    ObjectNode states = machine.putObject("States");
    states.set(name, state.deepCopy());
    for (String target : targets(state)) {
      if (!target.equals(name)) {
        states.putObject(target).put("Type", "Succeed");
      }
    }
    return machine;
  }

  private static Set<String> targets(JsonNode state) {
    Set<String> targets = new TreeSet<>();
    addText(targets, state.get("Next"));
    addText(targets, state.get("Default"));
    for (JsonNode rule : state.path("Choices")) {
      addText(targets, rule.get("Next"));
    }
    for (JsonNode catcher : state.path("Catch")) {
      addText(targets, catcher.get("Next"));
    }
    return targets;
  }

  private static void addText(Set<String> into, JsonNode value) {
    if (value != null && value.isString()) {
      into.add(value.asString());
    }
  }

  /** What the tested state reported while it ran. */
  private static final class Probe implements Inspection {
    private final int retried;
    private final Map<String, JsonNode> inspected = new LinkedHashMap<>();
    private Integer retryIndex;
    private Long backoffMillis;
    private Integer catchIndex;
    private String nextState;

    Probe(int retried) {
      this.retried = retried;
    }

    @Override
    public void record(String field, JsonNode value) {
      inspected.put(field, value);
    }

    @Override
    public void recordNumber(String field, Number value) {
      inspected.put(field, Values.NODES.numberNode(new java.math.BigDecimal(value.toString())));
    }

    @Override
    public void retriable(int index, long millis) {
      retryIndex = index;
      backoffMillis = millis;
    }

    @Override
    public void caught(int index) {
      catchIndex = index;
    }

    @Override
    public int retried() {
      return retried;
    }

    @Override
    public boolean stopBefore(Step next) {
      nextState = next.stateName();
      return true;
    }

    Result result(Outcome outcome, Variables variables) {
      ObjectNode visible = Values.object();
      variables.visible().forEach(visible::set);
      if (outcome.status() == Outcome.Status.SUCCEEDED) {
        return new Result(catchIndex != null ? "CAUGHT_ERROR" : "SUCCEEDED", outcome.output(),
            null, null, nextState, inspected, null, null, catchIndex, visible);
      }
      return new Result(retryIndex != null ? "RETRIABLE" : "FAILED", null, outcome.error(),
          outcome.cause(), null, inspected, retryIndex, backoffMillis, null, visible);
    }
  }
}
