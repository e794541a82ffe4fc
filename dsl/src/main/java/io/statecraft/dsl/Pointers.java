package io.statecraft.dsl;

/** RFC 6901 JSON pointer segments. */
final class Pointers {

  private Pointers() {}

  /** {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of state {@code name} in the scope at {@code scope} ({@code ""} for the top). */
  static String state(String scope, String name) {
    return scope + "/States/" + escape(name);
  }
}
