package io.statecraft.dsl.internal;

import io.statecraft.asl.condition.Condition;

/** The {@code Comment} a condition carries, read and replaced. */
public final class Conditions {

  private Conditions() {}

  public static String comment(Condition condition) {
    if (condition instanceof Condition.And and) {
      return and.comment();
    }
    if (condition instanceof Condition.Or or) {
      return or.comment();
    }
    if (condition instanceof Condition.Not not) {
      return not.comment();
    }
    if (condition instanceof Condition.Comparison comparison) {
      return comparison.comment();
    }
    return null;
  }

  /**
   * {@code condition} with {@code comment} as its own {@code Comment} ({@code null}: none).
   *
   * @throws IllegalArgumentException for a JSONata condition, which has no Comment of its own
   */
  public static Condition withComment(Condition condition, String comment) {
    if (condition instanceof Condition.And and) {
      return new Condition.And(and.conditions(), comment);
    }
    if (condition instanceof Condition.Or or) {
      return new Condition.Or(or.conditions(), comment);
    }
    if (condition instanceof Condition.Not not) {
      return new Condition.Not(not.condition(), comment);
    }
    if (condition instanceof Condition.Comparison c) {
      return new Condition.Comparison(c.variable(), c.operator(), c.value(), comment);
    }
    throw new IllegalArgumentException("a JSONata condition has no Comment of its own; "
        + "comment its rule instead: rule(jsonata(...)).comment(...)");
  }
}
