package io.statecraft.compiler.internal.intrinsic;

import io.statecraft.compiler.internal.common.Timing;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Parse and evaluate cost of typical intrinsic function calls, in ns per operation. A plain main,
 * not a test: timings belong in a benchmark run, not in the test suite. Paths resolve from a map
 * of ready values, so the figures are the intrinsic functions' own cost, not JSONPath's.
 *
 * <p>Run it with {@code scripts/bench-intrinsics.sh} from the project root.
 */
public final class IntrinsicBenchmark {

  private static final Map<String, String> EXPRESSIONS = new LinkedHashMap<>();

  static {
    EXPRESSIONS.put("Format", "States.Format('Hello, {}! You have {} new messages.', $.name, $.count)");
    EXPRESSIONS.put("GetItem(Split)", "States.ArrayGetItem(States.StringSplit($.arn, ':'), 4)");
    EXPRESSIONS.put("MathAdd", "States.MathAdd($.counter, 1)");
    EXPRESSIONS.put("JsonMerge", "States.JsonMerge($.defaults, $.overrides, false)");
    EXPRESSIONS.put("Hash", "States.Hash($.payload, 'SHA-256')");
    EXPRESSIONS.put("Partition(100)", "States.ArrayPartition($.items, 10)");
    EXPRESSIONS.put("StringToJson", "States.StringToJson($.body)");
    EXPRESSIONS.put("UUID", "States.UUID()");
  }

  private static final Map<String, JsonNode> VALUES = Map.of(
      "$.name", Json.json("\"Arnav\""),
      "$.count", Json.json("42"),
      "$.arn", Json.json("\"arn:aws:lambda:us-east-1:111111111111:function:orders\""),
      "$.counter", Json.json("1234"),
      "$.defaults", Json.json("{\"retries\": 3, \"timeout\": 30, \"region\": \"us-east-1\"}"),
      "$.overrides", Json.json("{\"timeout\": 60, \"tags\": [\"a\", \"b\"]}"),
      "$.payload", Json.json("\"order-12345|2026-11-24T12:00:00Z|EUR|149.90\""),
      "$.items", Json.json(Arrays.toString(new int[100]).replace(" ", "")),
      "$.body", Json.json("\"{\\\"orderId\\\": 12345, \\\"lines\\\": [{\\\"sku\\\": \\\"A1\\\","
          + " \\\"qty\\\": 2}], \\\"paid\\\": true}\""));

  private IntrinsicBenchmark() {}

  public static void main(String[] args) {
    Function<String, JsonNode> resolver = VALUES::get;
    SplittableRandom random = new SplittableRandom(1);
    Timing.printHeader(16);
    long sink = 0;
    for (Map.Entry<String, String> entry : EXPRESSIONS.entrySet()) {
      String text = entry.getValue();
      IntrinsicExpression expression = IntrinsicFunctions.parse(text);
      sink += Timing.printRow(entry.getKey(), 16,
          () -> IntrinsicFunctions.parse(text).paths().size(),
          () -> expression.evaluate(resolver, random).size());
    }
    Timing.printFooter(sink);
  }
}
