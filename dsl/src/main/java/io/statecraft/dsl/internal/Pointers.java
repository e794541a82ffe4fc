package io.statecraft.dsl.internal;

import io.statecraft.asl.internal.JsonPointers;

/** The JSON pointers of states. */
final class Pointers {

  private Pointers() {}

  /** The pointer of state {@code name} in the scope at {@code scope} ({@code ""} for the top). */
  static String state(String scope, String name) {
    return JsonPointers.child(scope + "/States", name);
  }
}
