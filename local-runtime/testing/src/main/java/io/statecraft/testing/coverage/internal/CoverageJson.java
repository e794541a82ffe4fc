package io.statecraft.testing.coverage.internal;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.testing.coverage.internal.Item.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code coverage.json}: the totals over all workflows, then each workflow (sorted by name and
 * hash) with its totals, its items by kind, and its definition, so that a later run can merge
 * into it and draw it without the tests that ran it. Written in the canonical layout, so the
 * same coverage gives the same bytes.
 *
 * <pre>{@code
 * String text = CoverageJson.write(workflows);
 * List<Workflow> again = CoverageJson.read(text);     // equal to workflows
 * }</pre>
 */
public final class CoverageJson {

  /** The value of the {@code format} field; a file of another format is not merged into. */
  public static final String FORMAT = "statecraft-coverage/1";

  /** The JSON array of each kind of item. */
  static final Map<Kind, String> FIELDS = Map.of(Kind.STATE, "states",
      Kind.TRANSITION, "transitions", Kind.CHOICE_RULE, "choiceRules", Kind.RETRIER, "retriers",
      Kind.CATCHER, "catchers");

  private CoverageJson() {}

  /** The document of {@code workflows}, which must be sorted. */
  public static String write(List<Workflow> workflows) {
    ObjectNode root = JsonMappers.STANDARD.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode totals = root.putObject("totals");
    for (Kind kind : Kind.values()) {
      int covered = 0;
      int total = 0;
      for (Workflow workflow : workflows) {
        covered += workflow.total(kind)[0];
        total += workflow.total(kind)[1];
      }
      total(totals.putObject(FIELDS.get(kind)), covered, total);
    }
    ArrayNode array = root.putArray("workflows");
    workflows.forEach(workflow -> array.add(workflow(workflow)));
    return Asl.prettyJson(root);
  }

  private static ObjectNode workflow(Workflow workflow) {
    ObjectNode node = JsonMappers.STANDARD.createObjectNode();
    node.put("name", workflow.name());
    node.put("definitionHash", workflow.hash());
    node.put("executions", workflow.executions());
    ObjectNode totals = node.putObject("totals");
    for (Kind kind : Kind.values()) {
      int[] total = workflow.total(kind);
      total(totals.putObject(FIELDS.get(kind)), total[0], total[1]);
    }
    for (Kind kind : Kind.values()) {
      ArrayNode items = node.putArray(FIELDS.get(kind));
      for (int i = 0; i < workflow.items().size(); i++) {
        if (workflow.items().get(i).kind() == kind) {
          items.add(item(workflow.items().get(i), workflow.hits(i)));
        }
      }
    }
    node.set("definition", Asl.toJson(workflow.definition()));
    return node;
  }

  private static ObjectNode item(Item item, long hits) {
    ObjectNode node = JsonMappers.STANDARD.createObjectNode();
    node.put(item.kind() == Kind.TRANSITION ? "from" : "state", item.state());
    if (item.via() != null) {
      node.put("via", item.via());
    }
    if (item.kind() == Kind.TRANSITION || item.kind() == Kind.CATCHER
        || item.kind() == Kind.CHOICE_RULE) {
      node.put("to", item.to());
    }
    if (!item.errors().isEmpty()) {
      ArrayNode errors = node.putArray("errorEquals");
      item.errors().forEach(errors::add);
    }
    node.put("covered", hits > 0);
    node.put("hits", hits);
    return node;
  }

  /** {@code {"covered": 3, "total": 4, "percent": 75.0}}; percent null when there is nothing. */
  private static void total(ObjectNode node, int covered, int total) {
    node.put("covered", covered);
    node.put("total", total);
    if (total == 0) {
      node.putNull("percent");
    } else {
      node.put("percent", BigDecimal.valueOf(covered * 100L)
          .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
    }
  }

  /**
   * The workflows of a document {@link #write} wrote. Items are matched by kind, state and name
   * in the state, against the items of the stored definition.
   *
   * @throws IllegalArgumentException when the text is not such a document
   */
  public static List<Workflow> read(String text) {
    JsonNode root = JsonMappers.STANDARD.readTree(text);
    if (!FORMAT.equals(root.path("format").asString(null))) {
      throw new IllegalArgumentException("not a " + FORMAT + " document: format is "
          + root.path("format"));
    }
    List<Workflow> workflows = new ArrayList<>();
    for (JsonNode node : root.path("workflows")) {
      workflows.add(workflow(node));
    }
    return workflows;
  }

  private static Workflow workflow(JsonNode node) {
    Workflow empty = Workflow.empty(node.path("name").asString(),
        Asl.fromJson(node.path("definition")));
    Map<String, Long> stored = new HashMap<>();
    for (Kind kind : Kind.values()) {
      for (JsonNode item : node.path(FIELDS.get(kind))) {
        String state = item.has("from") ? item.path("from").asString()
            : item.path("state").asString();
        stored.put(kind + "\u0000" + state + "\u0000" + item.path("via").asString(null),
            item.path("hits").asLong());
      }
    }
    long[] hits = new long[empty.items().size()];
    for (int i = 0; i < hits.length; i++) {
      Item item = empty.items().get(i);
      hits[i] = stored.getOrDefault(item.kind() + "\u0000" + item.state() + "\u0000" + item.via(),
          0L);
    }
    return new Workflow(empty.name(), node.path("definitionHash").asString(),
        empty.definition(), node.path("executions").asLong(), empty.items(), hits);
  }
}
