package io.statecraft.dsl;

import io.statecraft.asl.condition.Condition;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.util.Objects;

/**
 * A Choice rule's condition together with what the rule does besides choosing: {@code Assign}
 * variables, shape the {@code Output} (JSONata), or carry a {@code Comment}. Only needed for those
 * extras; otherwise pass the condition to {@code when} directly. Immutable.
 *
 * <pre>{@code
 * choice("Tier?")
 *     .when(rule(jsonata("$states.input.total > 1000"))
 *         .assign(payload().put("tier", "gold")), gold)
 *     .otherwise(standard);
 * }</pre>
 */
public final class Rule {

  private final Object condition;
  private final Payload assign;
  private final Object output;
  private final String comment;

  private Rule(Object condition, Payload assign, Object output, String comment) {
    this.condition = condition;
    this.assign = assign;
    this.output = output;
    this.comment = comment;
  }

  static Rule of(Object condition) {
    return new Rule(Objects.requireNonNull(condition, "condition == null"), null, null, null);
  }

  /** {@code Assign}: variables to set when this rule is taken. */
  public Rule assign(Payload assign) {
    return new Rule(condition, Objects.requireNonNull(assign, "assign == null"), output, comment);
  }

  /** {@code Output} (JSONata): the Choice state's output when this rule is taken. */
  public Rule output(Payload output) {
    return new Rule(condition, assign, Objects.requireNonNull(output, "output == null"), comment);
  }

  /** {@code Output} (JSONata) as one expression. */
  public Rule output(Jsonata output) {
    return new Rule(condition, assign, Objects.requireNonNull(output, "output == null"), comment);
  }

  /** {@code Comment} of this rule. */
  public Rule comment(String comment) {
    return new Rule(condition, assign, output, Objects.requireNonNull(comment, "comment == null"));
  }

  /** A {@link Condition} or a {@link Jsonata} expression. */
  Object condition() {
    return condition;
  }

  Payload assign() {
    return assign;
  }

  Object output() {
    return output;
  }

  String comment() {
    return comment;
  }

  /** Whether this is a JSONata rule. */
  boolean isJsonata() {
    return condition instanceof Jsonata;
  }

  /** Whether the condition has a JSONata {@code Condition} nested where JSONPath is expected. */
  static boolean isJsonPath(Condition condition) {
    return !(condition instanceof Condition.Jsonata);
  }
}
