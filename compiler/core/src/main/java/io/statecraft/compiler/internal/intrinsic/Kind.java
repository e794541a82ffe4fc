package io.statecraft.compiler.internal.intrinsic;

import tools.jackson.databind.JsonNode;

/** The JSON type an argument must have, or a function returns. */
enum Kind {
  ANY("any value"),
  STRING("a string"),
  NUMBER("a number"),
  BOOLEAN("a boolean"),
  ARRAY("an array"),
  OBJECT("an object"),
  NULL("null");

  private final String words;

  Kind(String words) {
    this.words = words;
  }

  /** The kind of a JSON value. */
  static Kind of(JsonNode value) {
    if (value.isString()) {
      return STRING;
    } else if (value.isNumber()) {
      return NUMBER;
    } else if (value.isBoolean()) {
      return BOOLEAN;
    } else if (value.isArray()) {
      return ARRAY;
    } else if (value.isObject()) {
      return OBJECT;
    }
    return NULL;
  }

  /** Whether a value of kind {@code actual} is acceptable where this kind is required. */
  boolean accepts(Kind actual) {
    return this == ANY || actual == ANY || this == actual;
  }

  /** "a string", "an array", ... */
  String words() {
    return words;
  }
}
