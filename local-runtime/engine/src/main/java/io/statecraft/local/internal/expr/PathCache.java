package io.statecraft.local.internal.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * The paths compiled while loading definitions into one runtime: definitions repeat the same few
 * paths across states, and a compiled path is immutable, so each text is compiled once. It lives
 * and dies with its runtime; nothing is cached statically. Thread-safe.
 */
public final class PathCache {

  /** Bounded, so that generated paths cannot grow it without limit. */
  private static final int LIMIT = 10_000;

  private final Map<String, PathExpr> compiled = new HashMap<>();

  /** {@code text} compiled; throws IllegalArgumentException with JsonPath's reason when invalid. */
  public synchronized PathExpr path(String text) {
    PathExpr known = compiled.get(text);
    if (known != null) {
      return known;
    }
    PathExpr path = PathExpr.compile(text);
    if (compiled.size() < LIMIT) {
      compiled.put(text, path);
    }
    return path;
  }
}
