package io.statecraft.compiler.fuzz;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small definitions AWS would accept, and inputs for them, made from {@link Choices}: chains of
 * Pass, Task, Wait, Choice, Parallel and Map states (two levels of nesting at most) ending in
 * Succeed, Fail or End, in JSONPath or JSONata, with paths, intrinsic functions and JSONata
 * expressions over the fields of the input. Every transition goes forward, so every execution ends.
 *
 * <pre>{@code
 * Choices choices = Choices.random(7);
 * ObjectNode definition = Definitions.machine(choices);
 * JsonNode input = Definitions.input(choices);
 * }</pre>
 */
public final class Definitions {

  /** The resource of every generated Task state; bind one handler to it. */
  public static final String TASK_RESOURCE = "arn:aws:lambda:us-east-1:123456789012:function:work";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> PATHS = List.of("$", "$.n", "$.s", "$.items", "$.items[0]",
      "$.o", "$.o.k", "$.missing", "$.items[*]", "$$.Execution.Id", "$$.State.Name",
      "$$.Execution.Input.s");
  private static final List<String> REFERENCE_PATHS = List.of("$", "$.n", "$.r", "$.o.k",
      "$.items[0]", "$.result");
  private static final List<String> INTRINSICS = List.of("States.Format('{} and {}', P, P)",
      "States.ArrayLength(P)", "States.MathAdd(P, 1)", "States.StringToJson(P)",
      "States.JsonToString(P)", "States.ArrayGetItem(P, 1)", "States.Array(P, 'x', 2)",
      "States.StringSplit(P, ',')", "States.Base64Encode(P)", "States.Base64Decode(P)",
      "States.Hash(P, 'SHA-1')", "States.ArrayContains(P, 1)", "States.ArrayUnique(P)",
      "States.ArrayPartition(P, 2)", "States.JsonMerge(P, P, false)", "States.MathRandom(1, 9)",
      "States.UUID()", "States.ArrayRange(0, 6, 2)", "States.Format('{}', States.ArrayLength(P))");
  private static final List<String> JSONATA = List.of("$states.input.n + 1",
      "$count($states.input.items)", "$string($states.input.s)",
      "$sum($states.input.items[$type($) = 'number'])", "$states.input.o.k",
      "$uppercase($states.input.s)", "$states.input.items[0]", "$keys($states.input.o)",
      "$split($states.input.s, ',')", "$number($states.input.s)", "$states.input",
      "$states.input.missing", "{'n': $states.input.n, 'l': [1, 2]}", "$states.context.State.Name",
      "$partition([1, 2, 3], 2)", "$hash($string($states.input.s), 'MD5')",
      "$states.input.n > 2 ? 'big' : 'small'", "$join($states.input.items.$string(), '-')");
  private static final List<String> CONDITIONS = List.of("$states.input.n > 2",
      "$exists($states.input.o)", "$states.input.s = 'a,b'", "$count($states.input.items) > 1",
      "$states.input.missing");

  private Definitions() {}

  /** A whole definition. */
  public static ObjectNode machine(Choices choices) {
    boolean jsonata = choices.below(3) == 0;
    ObjectNode machine = NODES.objectNode();
    if (jsonata) {
      machine.put("QueryLanguage", "JSONata");
    }
    if (choices.coin()) {
      machine.put("TimeoutSeconds", choices.between(1, 100));
    }
    fillChain(machine, choices, new int[1], 0, jsonata);
    return machine;
  }

  /** An input: usually an object with the fields the definitions read, of any JSON type. */
  public static JsonNode input(Choices choices) {
    if (choices.below(8) == 0) {
      return value(choices, 0);
    }
    ObjectNode input = NODES.objectNode();
    for (String field : List.of("n", "s", "items", "o")) {
      if (choices.below(5) != 0) {
        input.set(field, switch (field) {
          case "n" -> choices.coin() ? NODES.numberNode(choices.between(-3, 9)) : value(choices, 1);
          case "s" -> choices.coin() ? NODES.stringNode(choices.oneOf(List.of("a,b", "12", "{}",
              "aGk=", ""))) : value(choices, 1);
          case "items" -> choices.coin() ? array(choices, 1) : value(choices, 1);
          default -> choices.coin() ? NODES.objectNode().set("k", value(choices, 1))
              : value(choices, 1);
        });
      }
    }
    return input;
  }

  private static JsonNode value(Choices choices, int depth) {
    int kind = choices.below(depth >= 2 ? 5 : 7);
    return switch (kind) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(choices.coin());
      case 2 -> NODES.numberNode(choices.between(-1000, 1000));
      case 3 -> NODES.numberNode(choices.between(-1000, 1000) / 8.0);
      case 4 -> NODES.stringNode(choices.text(12));
      case 5 -> array(choices, depth + 1);
      default -> {
        ObjectNode object = NODES.objectNode();
        for (int i = choices.below(3); i > 0; i--) {
          object.set(choices.oneOf(List.of("k", "n", "s", choices.text(4))),
              value(choices, depth + 1));
        }
        yield object;
      }
    };
  }

  private static ArrayNode array(Choices choices, int depth) {
    ArrayNode array = NODES.arrayNode();
    for (int i = choices.below(4); i > 0; i--) {
      array.add(value(choices, depth + 1));
    }
    return array;
  }

  /** StartAt and States of a chain of 1 to 5 states; {@code counter} keeps names unique. */
  private static void fillChain(ObjectNode owner, Choices choices, int[] counter, int depth,
      boolean jsonata) {
    int count = choices.between(1, depth == 0 ? 5 : 3);
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = "S" + counter[0]++;
    }
    owner.put("StartAt", names[0]);
    ObjectNode states = owner.putObject("States");
    for (int i = 0; i < count; i++) {
      List<String> later = List.of(names).subList(i + 1, count);
      states.set(names[i], new States(choices, counter, depth, jsonata).state(later));
    }
  }

  /** The states of one chain. */
  private static final class States {
    private final Choices choices;
    private final int[] counter;
    private final int depth;
    private final boolean jsonata;

    States(Choices choices, int[] counter, int depth, boolean jsonata) {
      this.choices = choices;
      this.counter = counter;
      this.depth = depth;
      this.jsonata = jsonata;
    }

    /** A state followed by {@code later} (the first is its Next; none: it ends the chain). */
    ObjectNode state(List<String> later) {
      int kinds = depth >= 2 ? 4 : 6;
      int kind = later.isEmpty() && choices.below(3) == 0 ? 6 + choices.below(2)
          : choices.below(kinds);
      if (kind == 3 && later.isEmpty()) {
        kind = 0; // a Choice needs somewhere to go
      }
      ObjectNode state = switch (kind) {
        case 0 -> pass();
        case 1 -> task(later);
        case 2 -> waitState();
        case 3 -> choice(later);
        case 4 -> parallel();
        case 5 -> map();
        case 6 -> NODES.objectNode().put("Type", "Succeed");
        default -> fail();
      };
      if (kind < 6 && kind != 3) {
        if (later.isEmpty()) {
          state.put("End", true);
        } else {
          state.put("Next", later.get(0));
        }
      }
      return state;
    }

    private ObjectNode pass() {
      ObjectNode pass = NODES.objectNode().put("Type", "Pass");
      if (jsonata) {
        dataFlowJsonata(pass);
        return pass;
      }
      switch (choices.below(3)) {
        case 0 -> pass.set("Result", value(choices, 0));
        case 1 -> pass.set("Parameters", template());
        default -> { }
      }
      dataFlowPaths(pass);
      return pass;
    }

    private ObjectNode task(List<String> later) {
      ObjectNode task = NODES.objectNode().put("Type", "Task").put("Resource", TASK_RESOURCE);
      if (jsonata) {
        if (choices.coin()) {
          task.put("Arguments", expression());
        }
        dataFlowJsonata(task);
      } else {
        if (choices.coin()) {
          task.set("Parameters", template());
        }
        dataFlowPaths(task);
      }
      if (choices.coin()) {
        ObjectNode retrier = task.putArray("Retry").addObject();
        retrier.putArray("ErrorEquals").add(choices.oneOf(List.of("States.ALL",
            "Work.Failed", "States.TaskFailed")));
        retrier.put("MaxAttempts", choices.between(0, 2));
        retrier.put("IntervalSeconds", choices.between(1, 3));
      }
      if (!later.isEmpty() && choices.coin()) {
        ObjectNode catcher = task.putArray("Catch").addObject();
        catcher.putArray("ErrorEquals").add("States.ALL");
        catcher.put("Next", choices.oneOf(later));
        if (!jsonata && choices.coin()) {
          catcher.put("ResultPath", "$.error");
        }
      }
      return task;
    }

    private ObjectNode waitState() {
      ObjectNode wait = NODES.objectNode().put("Type", "Wait");
      if (jsonata) {
        wait.put("Seconds", choices.coin() ? "{% $states.input.n %}" : "{% 2 %}");
      } else if (choices.coin()) {
        wait.put("Seconds", choices.between(0, 5));
      } else {
        wait.put("SecondsPath", choices.oneOf(REFERENCE_PATHS));
      }
      return wait;
    }

    private ObjectNode choice(List<String> later) {
      ObjectNode choice = NODES.objectNode().put("Type", "Choice");
      ArrayNode rules = choice.putArray("Choices");
      for (int i = choices.between(1, 2); i > 0; i--) {
        ObjectNode rule = rules.addObject();
        if (jsonata) {
          rule.put("Condition", "{% " + choices.oneOf(CONDITIONS) + " %}");
        } else {
          condition(rule, 0);
        }
        rule.put("Next", choices.oneOf(later));
      }
      choice.put("Default", later.get(0));
      return choice;
    }

    private void condition(ObjectNode rule, int nesting) {
      int kind = choices.below(nesting > 0 ? 5 : 7);
      switch (kind) {
        case 0 -> rule.put("Variable", "$.n").put("NumericGreaterThan", choices.between(-2, 5));
        case 1 -> rule.put("Variable", "$.s").put("StringEquals", "a,b");
        case 2 -> rule.put("Variable", choices.oneOf(REFERENCE_PATHS)).put("IsPresent", true);
        case 3 -> rule.put("Variable", "$.n").put("IsNumeric", choices.coin());
        case 4 -> rule.put("Variable", "$.s").put("StringMatches", "a*");
        case 5 -> condition(rule.putObject("Not"), nesting + 1);
        default -> {
          ArrayNode operands = rule.putArray(choices.coin() ? "And" : "Or");
          condition(operands.addObject(), nesting + 1);
          condition(operands.addObject(), nesting + 1);
        }
      }
    }

    private ObjectNode parallel() {
      ObjectNode parallel = NODES.objectNode().put("Type", "Parallel");
      ArrayNode branches = parallel.putArray("Branches");
      for (int i = choices.between(1, 2); i > 0; i--) {
        fillChain(branches.addObject(), choices, counter, depth + 1, jsonata);
      }
      if (!jsonata && choices.coin()) {
        parallel.put("ResultPath", choices.oneOf(List.of("$.r", "$")));
      }
      return parallel;
    }

    private ObjectNode map() {
      ObjectNode map = NODES.objectNode().put("Type", "Map");
      if (jsonata) {
        map.put("Items", choices.coin() ? "{% $states.input.items %}" : "{% [1, 2] %}");
      } else {
        map.put("ItemsPath", choices.oneOf(List.of("$.items", "$", "$.o")));
        if (choices.coin()) {
          map.putObject("ItemSelector").put("v.$", "$$.Map.Item.Value")
              .put("i.$", "$$.Map.Item.Index");
        }
      }
      map.put("MaxConcurrency", choices.between(0, 2));
      ObjectNode processor = map.putObject("ItemProcessor");
      processor.putObject("ProcessorConfig").put("Mode", "INLINE");
      fillChain(processor, choices, counter, depth + 1, jsonata);
      return map;
    }

    private ObjectNode fail() {
      ObjectNode fail = NODES.objectNode().put("Type", "Fail");
      if (!jsonata && choices.coin()) {
        fail.put("ErrorPath", choices.oneOf(List.of("$.s", "$.error.Error")));
      } else {
        fail.put("Error", "Generated.Failure");
      }
      fail.put("Cause", choices.text(10));
      return fail;
    }

    /** A Parameters template: literals, paths and intrinsic calls. */
    private ObjectNode template() {
      ObjectNode template = NODES.objectNode();
      for (int i = choices.between(1, 3); i > 0; i--) {
        String key = "f" + i;
        switch (choices.below(3)) {
          case 0 -> template.set(key, value(choices, 1));
          case 1 -> template.put(key + ".$", choices.oneOf(PATHS));
          default -> template.put(key + ".$", intrinsic());
        }
      }
      return template;
    }

    private String intrinsic() {
      String call = choices.oneOf(INTRINSICS);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < call.length(); i++) {
        char c = call.charAt(i);
        if (c == 'P' && (i + 1 == call.length() || !Character.isLetter(call.charAt(i + 1)))
            && (i == 0 || !Character.isLetter(call.charAt(i - 1)))) {
          text.append(choices.oneOf(PATHS));
        } else {
          text.append(c);
        }
      }
      return text.toString();
    }

    private String expression() {
      return "{% " + choices.oneOf(JSONATA) + " %}";
    }

    private void dataFlowPaths(ObjectNode state) {
      if (choices.below(3) == 0) {
        state.put("InputPath", choices.oneOf(List.of("$", "$.o", "$.items")));
      }
      if (choices.coin()) {
        state.put("ResultPath", choices.oneOf(List.of("$.r", "$", "$.o.k", "$.result")));
      }
      if (choices.below(3) == 0) {
        state.put("OutputPath", choices.oneOf(List.of("$", "$.r", "$.o")));
      }
    }

    private void dataFlowJsonata(ObjectNode state) {
      if (choices.coin()) {
        state.put("Output", expression());
      }
      if (choices.below(3) == 0) {
        // A Parallel branch or Map iteration may not assign a variable of an enclosing scope.
        state.putObject("Assign").put("d" + depth + "v" + choices.below(3), expression());
      }
    }
  }
}
