package io.statecraft.dsl.internal.value;

import io.statecraft.asl.value.Path;
import io.statecraft.dsl.payload.JsonPath;

/** Checks of path arguments. */
public final class Paths {

  private Paths() {}

  /** A path field's value; it must start with {@code $}. */
  public static Path of(String path) {
    return Path.of(text(path));
  }

  public static String text(String path) {
    return new JsonPath(path).expression();
  }
}
