package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.asl.condition.Condition;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * A Choice state before its first rule: it can be configured, but it is not a {@link Flow} yet, so
 * a Choice without rules cannot be used. {@code when} adds the first rule.
 *
 * <pre>{@code
 * Flow route = choice("Ship how?")
 *     .comment("express only above 50 EUR")
 *     .when(path("$.total").gt(50), express)
 *     .otherwise(standard);
 * }</pre>
 */
@CheckReturnValue
public interface ChoiceStart {

  /** {@code Comment}: a note for readers of the definition. */
  ChoiceStart comment(String comment);

  /** {@code InputPath} (JSONPath). */
  ChoiceStart inputPath(String path);

  /** {@code OutputPath} (JSONPath). */
  ChoiceStart outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  ChoiceStart ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  ChoiceStart discardOutput();

  /** {@code Output} (JSONata): the state output, built from a template. */
  ChoiceStart output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  ChoiceStart output(Jsonata output);

  /** {@code Assign}: variables to set whichever rule is taken. */
  ChoiceStart assign(Payload assign);

  /** A rule (JSONPath): go to {@code then} when {@code condition} holds. */
  ChoiceRules when(Condition condition, Flow then);

  /** A rule (JSONata): go to {@code then} when the expression yields {@code true}. */
  ChoiceRules when(Jsonata condition, Flow then);

  /** A rule with {@code Assign}, {@code Output} or {@code Comment} of its own. */
  ChoiceRules when(Rule rule, Flow then);

  /**
   * {@link #inputPath(String)} with a path written against a record:
   * {@code inputPath(path(Order::customer))}.
   */
  default ChoiceStart inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /**
   * {@link #outputPath(String)} with a path written against a record:
   * {@code outputPath(path(Receipt::charge))}.
   */
  default ChoiceStart outputPath(JsonPath path) {
    return outputPath(path.expression());
  }
}
