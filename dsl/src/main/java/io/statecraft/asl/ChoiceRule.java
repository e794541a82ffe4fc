package io.statecraft.asl;

import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.internal.Copies;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a Choice state's {@code Choices}: a condition and the state to go to when it holds.
 *
 * <pre>{@code
 * new ChoiceRule(new Condition.Comparison("$.total", ComparisonOperator.NUMERIC_GREATER_THAN,
 *     IntNode.valueOf(100), null), "ManualReview", null, null, null);
 * }</pre>
 *
 * @param condition the test
 * @param next the name of the state to go to
 * @param assign variables to assign when the rule is taken, or null
 * @param output the state's output when the rule is taken (JSONata), or null
 * @param comment a comment, or null
 */
public record ChoiceRule(
    Condition condition, String next, JsonNode assign, JsonNode output, String comment) {

  public ChoiceRule {
    assign = Copies.copy(assign);
    output = Copies.copy(output);
  }
}
