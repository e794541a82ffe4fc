package io.statecraft.compiler.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.Jackson3JsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.Jackson3MappingProvider;
import io.statecraft.compiler.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives every execution recorded against AWS in {@code conformance/cases/intrinsic_functions}
 * through the evaluator. Each is a one-state machine: a Pass state whose Parameters hold
 * {@code "x.$": "States.X(...)"} over the execution input or the context object, sometimes with a
 * ResultPath and an OutputPath. This test applies those few fields itself (with Jayway JsonPath,
 * as the runtime will) and compares the state's output with AWS's.
 */
class IntrinsicConformanceTest {

  /** The JSONata cases of the folder: they call JSONata functions, not intrinsic functions. */
  private static final int JSONATA_CASES = 26;

  /** The States.MathRandom cases: AWS's number was replaced by a placeholder when recorded. */
  private static final int RANDOM_CASES = 3;

  private static final int CASES = 125;

  private static final Configuration JSON_PATH = Configuration.builder()
      .jsonProvider(new Jackson3JsonNodeJsonProvider(Json.MAPPER))
      .mappingProvider(new Jackson3MappingProvider(Json.MAPPER))
      .build();

  private static final String MACHINE = "conformance-machine";
  private static final String EXECUTION = "exec-7f3a";

  @Test
  void everyRecordedIntrinsicExecutionGivesTheOutputAwsGave() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SharedFolder.resolve("conformance/cases/intrinsic_functions"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<String> differences = new ArrayList<>();
    Map<String, String> notDriven = new TreeMap<>();
    int exact = 0;
    int rangeChecked = 0;
    for (Path file : files) {
      JsonNode record = Json.json(Files.readString(file));
      String id = record.get("id").stringValue();
      JsonNode definition = record.get("definition");
      if (usesJsonata(definition)) {
        notDriven.put(id, "JSONata state ($partition, $range, $parse): no intrinsic function");
        continue;
      }
      String difference;
      if (isRandom(definition)) {
        difference = checkRandom(record);
        rangeChecked++;
      } else {
        difference = check(record);
        exact++;
      }
      if (difference != null) {
        differences.add(id + ": " + difference);
      }
    }
    assertThat(differences).as("cases whose result differs from AWS's").isEmpty();
    assertThat(files).hasSize(CASES);
    assertThat(notDriven).hasSize(JSONATA_CASES);
    assertThat(rangeChecked).isEqualTo(RANDOM_CASES);
    assertThat(exact).isEqualTo(CASES - JSONATA_CASES - RANDOM_CASES);
  }

  /** The first difference between our run of a recorded case and AWS's, or null. */
  private static String check(JsonNode record) {
    JsonNode expected = record.get("expected");
    String status = expected.get("status").stringValue();
    JsonNode output;
    try {
      output = run(record);
    } catch (IntrinsicFailureException e) {
      if (!status.equals("FAILED")) {
        return "failed with " + e.error() + " (" + e.reason() + "), AWS " + status;
      }
      String cause = expected.get("cause").asString();
      if (!expected.get("error").stringValue().equals(e.error()) || !cause.endsWith(". " + e.getMessage())) {
        return "failed with " + e.error() + ": " + e.getMessage() + ", AWS with "
            + expected.get("error") + ": " + cause;
      }
      return null;
    }
    if (!status.equals("SUCCEEDED")) {
      return "succeeded with " + output + ", AWS " + status + " " + expected.get("error");
    }
    return RecordedValues.firstDifference(expected.get("output"), output);
  }

  /**
   * AWS's number was recorded as "RandomNumberGenerated"; what can be checked is that ours is a
   * whole number from the start (included) to the end (excluded).
   */
  private static String checkRandom(JsonNode record) {
    JsonNode bounds = record.get("input").get("FunctionInput");
    JsonNode value = run(record).get("FunctionResult");
    double start = Math.floor(bounds.get("fst").doubleValue());
    double end = Math.floor(bounds.get("snd").doubleValue());
    boolean inRange = value.isInt() && value.intValue() >= (int) start && value.intValue() < (int) end;
    return inRange && record.get("expected").get("output").get("FunctionResult").stringValue()
        .equals("RandomNumberGenerated") ? null : "random value " + value + " outside [" + start
        + ", " + end + ")";
  }

  /** The output of the recorded machine's single Pass state. */
  private static JsonNode run(JsonNode record) {
    JsonNode definition = record.get("definition");
    String name = definition.get("StartAt").stringValue();
    JsonNode state = definition.get("States").get(name);
    assertThat(state.get("Type").stringValue()).as("state type").isEqualTo("Pass");
    assertThat(state.get("End").booleanValue()).as("the only state ends the execution").isTrue();
    assertThat(state.has("InputPath") || state.has("Result") || state.has("ResultSelector"))
        .as("fields this test does not apply").isFalse();
    JsonNode input = record.get("input");
    JsonNode context = context(input, name);
    Function<String, JsonNode> resolver = path -> path.startsWith("$$")
        ? read(context, path.substring(1))
        : read(input, path);
    JsonNode result = state.has("Parameters") ? payload(state.get("Parameters"), resolver) : input;
    JsonNode combined = result;
    if (state.has("ResultPath")) {
      String resultPath = state.get("ResultPath").stringValue();
      int dot = resultPath.lastIndexOf('.');
      combined = JsonPath.using(JSON_PATH).parse(input.deepCopy())
          .put(resultPath.substring(0, dot), resultPath.substring(dot + 1), result).json();
    }
    return state.has("OutputPath") ? read(combined, state.get("OutputPath").stringValue()) : combined;
  }

  /** A payload template with its {@code .$} fields evaluated. */
  private static JsonNode payload(JsonNode template, Function<String, JsonNode> resolver) {
    if (!template.isObject()) {
      return template;
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    template.forEachEntry((key, value) -> {
      if (key.endsWith(".$")) {
        String expression = value.stringValue();
        out.set(key.substring(0, key.length() - 2), IntrinsicFunctions.isIntrinsic(expression)
            ? IntrinsicFunctions.parse(expression).evaluate(resolver, new SplittableRandom(7))
            : resolver.apply(expression));
      } else {
        out.set(key, payload(value, resolver));
      }
    });
    return out;
  }

  /**
   * The context object as AWS builds it. The names and ARNs that AWS generated were recorded as
   * placeholders ({@code <ArnPart_0idx>}); any name matches them.
   */
  private static JsonNode context(JsonNode input, String stateName) {
    ObjectNode context = Json.MAPPER.createObjectNode();
    String machineArn = "arn:aws:states:us-east-1:111111111111:stateMachine:" + MACHINE;
    ObjectNode execution = context.putObject("Execution");
    execution.put("Id", "arn:aws:states:us-east-1:111111111111:execution:" + MACHINE + ":" + EXECUTION);
    execution.set("Input", input);
    execution.put("Name", EXECUTION);
    execution.put("RoleArn", "arn:aws:iam::111111111111:role/conformance");
    execution.put("StartTime", "2026-11-24T12:00:00.000Z");
    ObjectNode state = context.putObject("State");
    state.put("EnteredTime", "2026-11-24T12:00:00.010Z");
    state.put("Name", stateName);
    state.put("RetryCount", 0);
    ObjectNode machine = context.putObject("StateMachine");
    machine.put("Id", machineArn);
    machine.put("Name", MACHINE);
    return context;
  }

  private static JsonNode read(JsonNode document, String path) {
    return JsonPath.using(JSON_PATH).parse(document).read(path, JsonNode.class);
  }

  private static boolean usesJsonata(JsonNode definition) {
    if ("JSONata".equals(definition.path("QueryLanguage").asString(""))) {
      return true;
    }
    for (JsonNode state : definition.get("States").values()) {
      if ("JSONata".equals(state.path("QueryLanguage").asString(""))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRandom(JsonNode definition) {
    return definition.toString().contains("States.MathRandom(");
  }
}
