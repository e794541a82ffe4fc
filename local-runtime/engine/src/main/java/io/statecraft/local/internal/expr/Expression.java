package io.statecraft.local.internal.expr;

import tools.jackson.databind.JsonNode;

/** A compiled dynamic value of a JSONPath-mode state: a reference path or an intrinsic function. */
public interface Expression {

  /**
   * The value for state input {@code input}. A path that selects nothing throws
   * {@link PathExpr.NoMatch}; a failing intrinsic throws {@link StatesError}.
   */
  JsonNode evaluate(JsonNode input, Scope scope);

  /** The expression as written. */
  String text();
}
