package io.statecraft.local.internal.states;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.Transitioning;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import io.statecraft.compiler.internal.validation.VariableRules;
import io.statecraft.local.internal.expr.Conditions;
import io.statecraft.local.internal.expr.Expression;
import io.statecraft.local.internal.expr.IntrinsicCalls;
import io.statecraft.local.internal.expr.PathCache;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.ResultPath;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the model into nodes once, at load: every path compiled, every template parsed, every
 * transition resolved. What this runtime cannot run yet fails here, with one diagnostic per field
 * naming the state and the JSON pointer, never at run time and never silently ignored.
 */
public final class Loader {

  /** Diagnostic code of a field or feature the local runtime does not run yet. */
  public static final String UNSUPPORTED = "RUN_UNSUPPORTED";
  /** Diagnostic code of a value the runtime cannot use (a bad path, a dangling Next). */
  public static final String INVALID = "RUN_INVALID";

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final QueryLanguage machineLanguage;
  /**
   * Whether a state may not set JSONPath under a JSONata machine: false in a distributed Map's
   * item processor, which runs as a state machine of its own.
   */
  private boolean languageLocked = true;
  private final String defaultRegion;
  final PathCache paths;
  /** Whether the state being compiled is a JSONata state: its JSONata fields are not refused. */
  boolean jsonata;

  private Loader(QueryLanguage machineLanguage, String defaultRegion, PathCache paths) {
    this.machineLanguage = machineLanguage;
    this.defaultRegion = defaultRegion;
    this.paths = paths;
  }

  /** The machine's top-level graph; throws InvalidDefinitionException listing every problem. */
  public static Graph load(io.statecraft.asl.StateMachine machine, String defaultRegion,
      PathCache paths) {
    Loader loader = new Loader(machine.queryLanguage(), defaultRegion, paths);
    Graph graph = loader.graph(machine.startAt(), machine.states(), "");
    // AWS refuses these names when the machine is created; so does the runtime, not at run time.
    for (Diagnostic variable : VariableRules.check(machine)) {
      if (variable.severity() == Severity.ERROR) {
        loader.diagnostics.add(variable);
      }
    }
    if (!loader.diagnostics.isEmpty()) {
      throw new InvalidDefinitionException(loader.diagnostics);
    }
    return graph;
  }

  private Graph graph(String startAt, Map<String, State> states, String pointer) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, State> entry : states.entrySet()) {
      String name = entry.getKey();
      Node node = node(name, entry.getValue(), pointer + "/States/" + escape(name));
      if (node != null) {
        nodes.put(name, node);
      }
    }
    for (Map.Entry<String, Node> entry : nodes.entrySet()) {
      link(entry.getValue(), nodes, pointer + "/States/" + escape(entry.getKey()));
    }
    Node start = nodes.get(startAt);
    if (start == null && diagnostics.isEmpty()) {
      diagnostics.add(Diagnostic.error(INVALID, pointer + "/StartAt",
          "StartAt names '" + startAt + "', which is not a state of this scope"));
    }
    return new Graph(start, nodes);
  }

  private void link(Node node, Map<String, Node> nodes, String pointer) {
    if (node.nextName != null) {
      node.next = target(node.nextName, nodes, pointer + "/Next", node.name);
    }
    if (node instanceof ChoiceNode choice) {
      choice.targets = new Node[choice.targetNames.length];
      for (int i = 0; i < choice.targetNames.length; i++) {
        choice.targets[i] = target(choice.targetNames[i], nodes,
            pointer + "/Choices/" + i + "/Next", node.name);
      }
      if (choice.defaultName != null) {
        choice.defaultTarget = target(choice.defaultName, nodes, pointer + "/Default", node.name);
      }
    }
    if (node instanceof RetryingNode retrying) {
      for (int i = 0; i < retrying.catchers.length; i++) {
        RetryingNode.Catcher catcher = retrying.catchers[i];
        catcher.next = target(catcher.nextName, nodes, pointer + "/Catch/" + i + "/Next", node.name);
      }
    }
  }

  private Node target(String name, Map<String, Node> nodes, String pointer, String from) {
    Node target = nodes.get(name);
    if (target == null) {
      diagnostics.add(Diagnostic.error(INVALID, pointer,
          "State '" + from + "' goes to '" + name + "', which is not a state of its scope"));
    }
    return target;
  }

  private Node node(String name, State state, String pointer) {
    jsonata = state.effectiveQueryLanguage(machineLanguage) == QueryLanguage.JSONATA;
    if (languageLocked && machineLanguage == QueryLanguage.JSONATA
        && state.queryLanguage() == QueryLanguage.JSONPATH) {
      invalid(pointer + "/QueryLanguage", "'QueryLanguage' can not be 'JSONPath' if set to"
          + " 'JSONata' for whole state machine");
      return null;
    }
    try {
      Node node = switch (state.type()) {
        case PASS -> pass(name, (PassState) state, pointer);
        case TASK -> StateCompilers.task(this, name, (TaskState) state, pointer);
        case CHOICE -> choice(name, (ChoiceState) state, pointer);
        case WAIT -> StateCompilers.waitState(this, name, (WaitState) state, pointer);
        case SUCCEED -> succeed(name, (SucceedState) state, pointer);
        case FAIL -> fail(name, (FailState) state, pointer);
        case PARALLEL -> StateCompilers.parallel(this, name, (ParallelState) state, pointer);
        case MAP -> StateCompilers.map(this, name, (MapState) state, pointer);
      };
      if (node != null && jsonata) {
        JsonataStates.compile(this, node, state, pointer);
      }
      if (node != null && state instanceof Transitioning transitioning && !transitioning.end()) {
        node.nextName = transitioning.next();
      }
      return node;
    } catch (PathExpr.Unsupported e) {
      diagnostics.add(Diagnostic.error(UNSUPPORTED, pointer,
          "State '" + name + "' uses " + e.getMessage()));
      return null;
    } catch (IllegalArgumentException e) {
      diagnostics.add(Diagnostic.error(INVALID, pointer, "State '" + name + "': " + e.getMessage()));
      return null;
    }
  }

  private Node pass(String name, PassState state, String pointer) {
    PassNode node = jsonPathFields(jsonata ? new PassNode.Jsonata(name) : new PassNode(name),
        state.output(), state.assign(), state.inputPath(), state.outputPath(), pointer);
    node.result = state.result();
    node.parameters = template(state.parameters(), pointer + "/Parameters");
    node.resultPath = resultPath(state.resultPath());
    return node;
  }

  private Node choice(String name, ChoiceState state, String pointer) {
    ChoiceNode node = jsonPathFields(
        jsonata ? new ChoiceNode.Jsonata(name) : new ChoiceNode(name), state.output(),
        state.assign(), state.inputPath(), state.outputPath(), pointer);
    List<ChoiceRule> rules = state.choices();
    node.tests = new Conditions.Test[rules.size()];
    node.targetNames = new String[rules.size()];
    node.ruleAssigns = new Template[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      ChoiceRule rule = rules.get(i);
      forbid(name, pointer + "/Choices/" + i, "Output", rule.output());
      node.ruleAssigns[i] = template(rule.assign(), pointer + "/Choices/" + i + "/Assign");
      node.tests[i] = jsonata ? null : Conditions.compile(rule.condition(), paths);
      node.targetNames[i] = rule.next();
    }
    node.defaultName = state.defaultNext();
    return node;
  }

  private Node succeed(String name, SucceedState state, String pointer) {
    return jsonPathFields(new SucceedNode(name), state.output(), null, state.inputPath(),
        state.outputPath(), pointer);
  }

  private Node fail(String name, FailState state, String pointer) {
    FailNode node = new FailNode(name);
    node.error = state.error();
    node.cause = state.cause();
    node.errorPath = state.errorPath() == null ? null
        : expression("ErrorPath", state.errorPath(), pointer + "/ErrorPath");
    node.causePath = state.causePath() == null ? null
        : expression("CausePath", state.causePath(), pointer + "/CausePath");
    return node;
  }

  // ---- shared pieces, also used by StateCompilers ----

  Graph subgraph(String startAt, Map<String, State> states, String pointer) {
    return graph(startAt, states, pointer);
  }

  /** A distributed Map's item processor: its states may choose JSONPath in a JSONata machine. */
  Graph processorGraph(String startAt, Map<String, State> states, String pointer) {
    boolean was = languageLocked;
    languageLocked = false;
    try {
      return graph(startAt, states, pointer);
    } finally {
      languageLocked = was;
    }
  }

  String defaultRegion() {
    return defaultRegion;
  }

  /**
   * The fields a JSONPath Pass, Choice, Wait or Succeed state begins with: {@code Output} refused
   * (a JSONata field), then {@code Assign} (null where the type has none) and the two paths.
   */
  <N extends Node> N jsonPathFields(N node, JsonNode output, JsonNode assign,
      Path inputPath, Path outputPath, String pointer) {
    forbid(node.name, pointer, "Output", output);
    node.assign = template(assign, pointer + "/Assign");
    io(node, inputPath, outputPath);
    return node;
  }

  void io(Node node, Path inputPath, Path outputPath) {
    if (inputPath != null) {
      node.inputPathNull = inputPath.isNull();
      node.inputPath = inputPath.isNull() ? null : paths.path(inputPath.expression());
    }
    if (outputPath != null) {
      node.outputPathNull = outputPath.isNull();
      node.outputPath = outputPath.isNull() ? null : paths.path(outputPath.expression());
    }
  }

  static ResultPath resultPath(Path path) {
    if (path == null) {
      return ResultPath.REPLACE;
    }
    return path.isNull() ? ResultPath.DISCARD : ResultPath.parse(path.expression());
  }

  Template template(JsonNode template, String pointer) {
    if (template == null) {
      return null;
    }
    return Template.compile(template, (field, value) -> expression(field, value, pointer));
  }

  /** A path or an intrinsic function in a {@code .$} field or a {@code *Path} field. */
  Expression expression(String field, String value, String pointer) {
    if (IntrinsicCalls.isIntrinsic(value)) {
      return IntrinsicCalls.compile(field, value, paths);
    }
    try {
      return paths.path(value);
    } catch (PathExpr.Unsupported e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "': " + e.getMessage(), e);
    }
  }

  void retryCatch(RetryingNode node, ErrorHandling state, JsonNode assign, String pointer) {
    node.assign = template(assign, pointer + "/Assign");
    node.retriers = state.retry().stream().map(RetryingNode.Retrier::of)
        .toArray(RetryingNode.Retrier[]::new);
    List<RetryingNode.Catcher> catchers = new ArrayList<>();
    for (int i = 0; i < state.catchers().size(); i++) {
      Catcher catcher = state.catchers().get(i);
      forbid("", pointer + "/Catch/" + i, "Output", catcher.output());
      catchers.add(new RetryingNode.Catcher(catcher.errorEquals().toArray(String[]::new),
          resultPath(catcher.resultPath()), catcher.next(),
          template(catcher.assign(), pointer + "/Catch/" + i + "/Assign")));
    }
    node.catchers = catchers.toArray(RetryingNode.Catcher[]::new);
  }

  /** A literal whole number, or a diagnostic for an unresolved placeholder. */
  Long number(NumberOrExpression value, String name, String pointer, String field) {
    if (value == null) {
      return null;
    }
    if (!value.isNumber() && jsonata
        && io.statecraft.compiler.internal.jsonata.JsonataExpression.isExpression(
            value.expression())) {
      return null;
    }
    if (!value.isNumber()) {
      unsupported(pointer + "/" + field, name, field + " \"" + value.expression() + "\"",
          "a placeholder or expression must be substituted before the definition runs");
      return null;
    }
    return value.number().longValue();
  }

  /** Each (field, value) pair present is a diagnostic: the runtime cannot run it yet. */
  void forbid(String name, String pointer, Object... fieldsAndValues) {
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Object value = fieldsAndValues[i + 1];
      String field = (String) fieldsAndValues[i];
      if (jsonata && JSONATA_FIELDS.contains(field)) {
        continue;
      }
      if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
        unsupported(pointer + "/" + field, name, field, reason(field));
      }
    }
  }

  private static String reason(String field) {
    return switch (field) {
      case "Output", "Arguments", "Items" -> "it is a JSONata field; set QueryLanguage to"
          + " JSONata on the state or the state machine to use it";
      default -> "it belongs to a distributed Map; set ProcessorConfig.Mode to DISTRIBUTED in"
          + " the ItemProcessor to use it";
    };
  }

  /** Fields a JSONata state has that a JSONPath state may not. */
  private static final java.util.Set<String> JSONATA_FIELDS = java.util.Set.of("Output",
      "Arguments", "Items", "ToleratedFailureCount", "ToleratedFailurePercentage");

  void invalid(String pointer, String message) {
    diagnostics.add(Diagnostic.error(INVALID, pointer, message));
  }

  void diagnostic(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  void unsupported(String pointer, String state, String what, String why) {
    diagnostics.add(Diagnostic.error(UNSUPPORTED, pointer,
        (state == null ? "The state machine" : "State '" + state + "'") + " uses " + what
            + ", which the local runtime does not run ("
            + why + ")"));
  }

  static ObjectNode object() {
    return Values.object();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
