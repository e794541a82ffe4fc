package io.statecraft.compiler.internal.jsonata;

import io.statecraft.compiler.internal.common.Timing;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parse and evaluate cost of the expressions of the w5 workload (a Choice on {@code $i < 10000}
 * and an Assign of {@code $i + 1} per iteration) and a few typical others, in ns per operation,
 * with bindings as the runtime gives them. A plain main, not a test: timings belong in a benchmark
 * run, not in the test suite.
 *
 * <p>Run it with {@code scripts/bench-jsonata.sh} from the project root.
 */
public final class JsonataBenchmark {

  private static final Map<String, String> EXPRESSIONS = new LinkedHashMap<>();

  static {
    EXPRESSIONS.put("w5 Choice", "{% $i < 10000 %}");
    EXPRESSIONS.put("w5 Assign", "{% $i + 1 %}");
    EXPRESSIONS.put("input field", "{% $states.input.order.total %}");
    EXPRESSIONS.put("whole input", "{% $states.input %}");
    EXPRESSIONS.put("object", "{% {'id': $states.input.order.id, 'n': $count($states.input.order"
        + ".lines)} %}");
    EXPRESSIONS.put("map/sum", "{% $sum($states.input.order.lines.(qty * price)) %}");
    EXPRESSIONS.put("big field", "{% $states.input.items[500].id %}");
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonataBenchmark() {}

  public static void main(String[] args) {
    StringBuilder items = new StringBuilder("[");
    for (int n = 0; n < 1000; n++) {
      items.append(n == 0 ? "" : ",").append("{\"id\": ").append(n).append(", \"name\": \"item ")
          .append(n).append("\", \"tags\": [\"a\", \"b\"]}");
    }
    JsonNode input = MAPPER.readTree("{\"order\": {\"id\": \"o-1\", \"total\": 149.9, \"lines\":"
        + " [{\"sku\": \"A\", \"qty\": 2, \"price\": 10.5}, {\"sku\": \"B\", \"qty\": 1,"
        + " \"price\": 128.9}]}, \"seed\": 7, \"items\": " + items + "]}");
    JsonNode context = MAPPER.readTree("{\"Execution\": {\"Id\": \"arn:exec\"}}");
    IntNode i = IntNode.valueOf(4711);
    JsonataBindings bindings = new TestBindings(input, context, null, null,
        name -> name.equals("i") ? i : null, new SplittableRandom(7), InstantSource.system());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Timing.printHeader(12);
    long sink = 0;
    for (Map.Entry<String, String> entry : EXPRESSIONS.entrySet()) {
      String text = entry.getValue();
      JsonataExpression expression = JsonataExpression.parse(text);
      sink += Timing.printRow(entry.getKey(), 12,
          () -> JsonataExpression.parse(text).text().length(),
          () -> expression.evaluate(bindings, nodes).size() + 1);
    }
    // What reading the input as views saves: converting it to maps and lists up front, as a copy
    // per evaluation would, costs this much on every evaluation whatever the expression reads.
    Timing copy = Timing.of(() -> copy(input).hashCode() & 1);
    System.out.printf("%-12s %22s %14.0f (%5.0f)%n", "input copy", "", copy.median(),
        copy.best());
    Timing.printFooter(sink);
  }

  /** The input as maps and lists, fully built. */
  private static Object copy(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        map.put(field.getKey(), copy(field.getValue()));
      }
      return map;
    }
    if (node.isArray()) {
      java.util.List<Object> list = new java.util.ArrayList<>(node.size());
      for (JsonNode element : node.values()) {
        list.add(copy(element));
      }
      return list;
    }
    return Values.toJsonata(node);
  }
}
