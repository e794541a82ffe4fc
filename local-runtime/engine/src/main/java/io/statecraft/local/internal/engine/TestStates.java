package io.statecraft.local.internal.engine;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.local.internal.expr.Variables;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Inspection;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.StartPoint;
import io.statecraft.local.internal.kernel.Step;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TestState: one state run once, alone, on a given input, variables and context object, with
 * its service call answered by a mock or a handler; reports what each processing step produced,
 * and where the state would go next, as AWS's TestState API does. The state runs as the first
 * state of a machine made for it, named {@value #STATE_NAME} as AWS names it, whose other states
 * stand in for its transitions; the run stops before the state that follows.
 */
public final class TestStates {

  /** What a test asks; the checks on it are AWS's ({@link TestStateChecks}). */
  public record Request(ObjectNode definition, String stateName, String roleArn, JsonNode input,
      JsonNode variables, JsonNode context, JsonNode mockResult, String mockError,
      String mockCause, boolean mockErrorGiven, int retrierRetryCount,
      Integer mapIterationFailureCount, boolean revealSecrets, TaskDispatcher tasks) {

    boolean mocked() {
      return mockResult != null || mockErrorGiven;
    }
  }

  /** A request AWS refuses, with its error code and message. */
  public static final class Refused extends RuntimeException {
    private final String code;

    Refused(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * What the test gave: status SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR; the output, or the
   * error and cause; the next state; and the values of each processing step.
   */
  public record Result(String status, JsonNode output, String error, String cause,
      String nextState, Map<String, JsonNode> inspected, Integer retryIndex,
      Long retryBackoffMillis, Integer catchIndex, JsonNode variables, String resource) {}

  /** The name AWS gives the state under test, whatever it is called in its definition. */
  public static final String STATE_NAME = "StateName";

  private TestStates() {}

  /** Runs the test in {@code engine}; throws {@link Refused} where AWS refuses the request. */
  public static Result run(Engine engine, Request request) {
    TestStateChecks.request(request);
    if (request.stateName() != null) {
      // AWS validates the whole machine a named state is tested in, naming its real states.
      compile(request.definition());
    }
    ObjectNode state = state(request);
    TestStateChecks.state(request, state);
    if (request.context() != null) {
      TestStateChecks.context(request.context(), state);
    }
    Machine machine;
    try {
      machine = engine.load("TestState", compile(machineAround(state)));
    } catch (InvalidDefinitionException e) {
      throw invalid(e);
    }
    Step step = machine.graph().step(STATE_NAME);
    Probe probe = new Probe(request);
    Variables variables = new Variables(null);
    if (request.variables() != null) {
      request.variables().properties().forEach(v -> variables.set(v.getKey(), v.getValue()));
    }
    Run run = engine.testRun(machine, request.input(), request.roleArn(), request.tasks(),
        Map.of(Inspection.class, probe, StartPoint.class,
            new StartPoint(step, variables, request.context())));
    Outcome outcome = run.runHere();
    return probe.result(outcome, variables, state.path("Resource").asString(null));
  }

  /** The machine {@code definition}, valid, or AWS's InvalidDefinition refusal. */
  private static StateMachine compile(ObjectNode definition) {
    try {
      return Asl.readValid(Values.text(definition));
    } catch (InvalidDefinitionException e) {
      throw invalid(e);
    }
  }

  private static Refused invalid(InvalidDefinitionException e) {
    return new Refused("InvalidDefinition", "Invalid State Machine Definition: '"
        + e.diagnostics().stream().map(d -> d.code() + ": " + d.message() + " at "
            + d.pointer()).collect(Collectors.joining(", ")) + "'");
  }

  /**
   * The state under test: the definition itself, or, in a whole state machine, the state named
   * {@code stateName} wherever it is (in a branch or an item processor too), with the machine's
   * query language when it sets none of its own.
   */
  private static ObjectNode state(Request request) {
    ObjectNode definition = request.definition();
    if (request.stateName() == null) {
      return definition;
    }
    ObjectNode found = find(definition.path("States"), request.stateName());
    if (found == null) {
      throw new Refused("ValidationException", "State not found in definition");
    }
    ObjectNode state = found.deepCopy();
    if (!state.has("QueryLanguage") && definition.has("QueryLanguage")) {
      state.set("QueryLanguage", definition.get("QueryLanguage"));
    }
    return state;
  }

  private static ObjectNode find(JsonNode states, String name) {
    JsonNode direct = states.get(name);
    if (direct != null && direct.isObject()) {
      return (ObjectNode) direct;
    }
    for (JsonNode state : states) {
      for (JsonNode scope : scopes(state)) {
        ObjectNode nested = find(scope.path("States"), name);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  private static Iterable<JsonNode> scopes(JsonNode state) {
    java.util.List<JsonNode> scopes = new java.util.ArrayList<>();
    state.path("Branches").forEach(scopes::add);
    for (String field : new String[] {"ItemProcessor", "Iterator"}) {
      if (state.has(field)) {
        scopes.add(state.get(field));
      }
    }
    return scopes;
  }

  /**
   * A machine whose first state is {@code state}, named {@value #STATE_NAME}, and whose other
   * states stand in for the states it may go to (Next, Default, a Choice rule's or a Catch's
   * Next), which AWS does not look for.
   */
  static ObjectNode machineAround(ObjectNode state) {
    ObjectNode machine = Values.object();
    machine.put("StartAt", STATE_NAME);
    if (state.has("QueryLanguage")) {
      machine.set("QueryLanguage", state.get("QueryLanguage"));
    }
    ObjectNode states = machine.putObject("States");
    states.set(STATE_NAME, state.deepCopy());
    for (String target : targets(state)) {
      if (!target.equals(STATE_NAME)) {
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
    private final Request request;
    private final Map<String, JsonNode> inspected = new LinkedHashMap<>();
    private Integer retryIndex;
    private Long backoffMillis;
    private Integer catchIndex;
    private String nextState;

    Probe(Request request) {
      this.request = request;
    }

    @Override
    public void record(String field, JsonNode value) {
      inspected.put(field, value);
    }

    @Override
    public void recordNumber(String field, Number value) {
      // Counts are integers on AWS's API (maxConcurrency, toleratedFailureCount), the
      // percentage a float.
      inspected.put(field, value instanceof Float f ? Values.NODES.numberNode(f)
          : Values.NODES.numberNode(value.intValue()));
    }

    @Override
    public void retriable(int index, long millis) {
      retryIndex = index;
      backoffMillis = millis;
    }

    @Override
    public void retriesExhausted(int index) {
      retryIndex = index;
    }

    @Override
    public void caught(int index, String error, String cause) {
      catchIndex = index;
      caughtError = error;
      caughtCause = cause;
    }

    @Override
    public int retried() {
      return request.retrierRetryCount();
    }

    @Override
    public JsonNode mockedResult() {
      return request.mockResult();
    }

    @Override
    public String[] mockedError() {
      return request.mockErrorGiven()
          ? new String[] {request.mockError(), request.mockCause()} : null;
    }

    @Override
    public Integer mapIterationFailures() {
      return request.mapIterationFailureCount();
    }

    @Override
    public boolean stopBefore(Step next) {
      nextState = next.stateName();
      return true;
    }

    Result result(Outcome outcome, Variables variables, String resource) {
      ObjectNode visible = Values.object();
      variables.visible().forEach(visible::set);
      if (outcome.status() == Outcome.Status.SUCCEEDED && catchIndex != null) {
        return new Result("CAUGHT_ERROR", outcome.output(), caughtError, caughtCause,
            nextState, inspected, retryIndex, null, catchIndex, visible, resource);
      }
      if (outcome.status() == Outcome.Status.SUCCEEDED) {
        return new Result("SUCCEEDED", outcome.output(), null, null, nextState, inspected,
            null, null, null, visible, resource);
      }
      String cause = outcome.cause();
      if (io.statecraft.local.internal.expr.StatesError.UNBOUND_TASK.equals(outcome.error())) {
        cause = "The test gives no mock and no handler answers the state's call: give the test a"
            + " mock (a result or an errorOutput), or bind a handler to its resource. " + cause;
      }
      return new Result(backoffMillis != null ? "RETRIABLE" : "FAILED", null, outcome.error(),
          cause, null, inspected, retryIndex, backoffMillis, null, visible, resource);
    }

    private String caughtError;
    private String caughtCause;
  }
}
