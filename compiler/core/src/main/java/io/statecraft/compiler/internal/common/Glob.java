package io.statecraft.compiler.internal.common;

import java.util.Arrays;

/**
 * A compiled wildcard pattern matched without backtracking: {@code matches} takes at most
 * pattern length times text length steps, however many stars the pattern holds, where a regular
 * expression built from the same pattern can take minutes on a long text that does not match.
 *
 * <pre>{@code
 * Glob.stringMatches("log-*.txt").matches("log-2024.txt");   // true
 * Glob.resource("arn:aws:lambda:*:function:?").matches("arn:aws:lambda:eu:function:f"); // true
 * }</pre>
 */
public final class Glob {
  private static final int STAR = -1;
  private static final int ANY_ONE = -2;

  /** Code points to match literally, with {@link #STAR} and {@link #ANY_ONE} among them. */
  private final int[] program;

  private Glob(int[] program) {
    this.program = program;
  }

  /**
   * The ASL {@code StringMatches} pattern: {@code *} matches any run of characters; a backslash
   * makes the character after it literal ({@code \*} a star, {@code \\} a backslash); a
   * backslash that ends the pattern is itself literal.
   */
  public static Glob stringMatches(String pattern) {
    int[] chars = pattern.codePoints().toArray();
    int[] program = new int[chars.length];
    int size = 0;
    for (int i = 0; i < chars.length; i++) {
      int c = chars[i];
      if (c == '\\' && i + 1 < chars.length) {
        program[size++] = chars[++i];
      } else {
        program[size++] = c == '*' ? STAR : c;
      }
    }
    return new Glob(Arrays.copyOf(program, size));
  }

  /** A resource pattern: {@code *} matches any run of characters, {@code ?} one character. */
  public static Glob resource(String pattern) {
    return new Glob(pattern.codePoints()
        .map(c -> c == '*' ? STAR : c == '?' ? ANY_ONE : c).toArray());
  }

  /** Pieces of literal text with, between two of them, a run of at least one character. */
  public static Glob literalsAroundRuns(java.util.List<String> literals) {
    java.util.stream.IntStream.Builder program = java.util.stream.IntStream.builder();
    for (int i = 0; i < literals.size(); i++) {
      if (i > 0) {
        program.add(ANY_ONE);
        program.add(STAR);
      }
      literals.get(i).codePoints().forEach(program::add);
    }
    return new Glob(program.build().toArray());
  }

  /**
   * Whether the whole of {@code text} matches. A star first matches nothing and then grows one
   * character at a time when the rest fails; only the latest star is ever grown, since whatever
   * an earlier star could absorb the latest one can absorb too: no backtracking past it.
   */
  public boolean matches(String text) {
    int[] chars = text.codePoints().toArray();
    int p = 0;
    int t = 0;
    int starAt = -1;
    int starText = 0;
    while (t < chars.length) {
      if (p < program.length && program[p] == STAR) {
        starAt = p++;
        starText = t;
      } else if (p < program.length && (program[p] == ANY_ONE || program[p] == chars[t])) {
        p++;
        t++;
      } else if (starAt >= 0) {
        p = starAt + 1;
        t = ++starText;
      } else {
        return false;
      }
    }
    while (p < program.length && program[p] == STAR) {
      p++;
    }
    return p == program.length;
  }
}
