package io.statecraft.compiler.internal.common;

import java.util.Collection;

/**
 * Suggests the known name closest to a misspelt one, for "did you mean" hints in diagnostics.
 *
 * <pre>{@code
 * Spelling.closest("Resorce", List.of("Resource", "Retry"));   // "Resource"
 * }</pre>
 */
public final class Spelling {

  private Spelling() {}

  /**
   * The candidate within a small edit distance of {@code name} (a third of its length, at least
   * 2), ignoring case; the alphabetically first of equally close ones; or null.
   */
  public static String closest(String name, Collection<String> candidates) {
    return closest(name, candidates, Math.max(2, name.length() / 3));
  }

  /** The candidate at most {@code limit} edits from {@code name}, ignoring case, or null. */
  public static String closest(String name, Collection<String> candidates, int limit) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(name.toLowerCase(java.util.Locale.ROOT),
          candidate.toLowerCase(java.util.Locale.ROOT));
      boolean closer = distance < bestDistance
          || (distance == bestDistance && candidate.compareTo(best) < 0);
      if (distance <= limit && closer) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
