package io.statecraft.dsl;

import io.statecraft.asl.value.Path;

/** Checks of path arguments. */
final class Paths {

  private Paths() {}

  /** A path field's value; it must start with {@code $}. */
  static Path of(String path) {
    return Path.of(text(path));
  }

  static String text(String path) {
    return new JsonPath(path).expression();
  }
}
