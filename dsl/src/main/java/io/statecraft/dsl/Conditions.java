package io.statecraft.dsl;

import io.statecraft.asl.Condition;

/** The {@code Comment} a condition carries, read and removed. */
final class Conditions {

  private Conditions() {}

  static String comment(Condition condition) {
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

  static Condition withoutComment(Condition condition) {
    if (condition instanceof Condition.And and) {
      return new Condition.And(and.conditions(), null);
    }
    if (condition instanceof Condition.Or or) {
      return new Condition.Or(or.conditions(), null);
    }
    if (condition instanceof Condition.Not not) {
      return new Condition.Not(not.condition(), null);
    }
    Condition.Comparison c = (Condition.Comparison) condition;
    return new Condition.Comparison(c.variable(), c.operator(), c.value(), null);
  }
}
