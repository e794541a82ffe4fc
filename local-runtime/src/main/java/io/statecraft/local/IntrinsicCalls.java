package io.statecraft.local;

/**
 * Intrinsic functions ({@code States.Format(...)} and the other 17) in {@code .$} fields. They are
 * evaluated by {@code io.statecraft.compiler.intrinsic}, which lands separately; until it is on
 * the classpath a definition that uses one fails at load, naming the field.
 */
final class IntrinsicCalls {

  private IntrinsicCalls() {}

  static Expression compile(String field, String text) {
    throw new IllegalArgumentException("field '" + field + "' calls the intrinsic function '"
        + text + "', which the local runtime does not run yet (io.statecraft.compiler.intrinsic"
        + " has not landed)");
  }
}
