package io.statecraft.dsl.internal;

import io.statecraft.asl.condition.Condition;
import io.statecraft.dsl.flow.Rule;
import io.statecraft.dsl.internal.value.Values;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.util.Objects;

/**
 * The one implementation of {@link Rule}: a Choice rule without its target yet.
 *
 * @param condition a {@link Condition} or a {@link Jsonata} expression
 */
public record RuleImpl(Object condition, Payload assign, Object output, String comment)
    implements Rule {

  /** A rule for a {@link Condition} or a {@link Jsonata} expression. */
  public static RuleImpl on(Object condition) {
    return new RuleImpl(Objects.requireNonNull(condition, "condition == null"), null, null, null);
  }

  /** The implementation behind a rule the user passed in. */
  public static RuleImpl of(Rule rule) {
    return Values.impl(rule, RuleImpl.class, "rules");
  }

  @Override
  public RuleImpl assign(Payload assign) {
    return new RuleImpl(condition, Objects.requireNonNull(assign, "assign == null"), output,
        comment);
  }

  @Override
  public RuleImpl output(Payload output) {
    return new RuleImpl(condition, assign, Objects.requireNonNull(output, "output == null"),
        comment);
  }

  @Override
  public RuleImpl output(Jsonata output) {
    return new RuleImpl(condition, assign, Objects.requireNonNull(output, "output == null"),
        comment);
  }

  @Override
  public RuleImpl comment(String comment) {
    return new RuleImpl(condition, assign, output,
        Objects.requireNonNull(comment, "comment == null"));
  }

  /** Whether this is a JSONata rule. */
  public boolean isJsonata() {
    return condition instanceof Jsonata;
  }

  /** Whether the condition has a JSONata {@code Condition} nested where JSONPath is expected. */
  static boolean isJsonPath(Condition condition) {
    return !(condition instanceof Condition.Jsonata);
  }
}
