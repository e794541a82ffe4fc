package io.statecraft.asl.value;

/**
 * The value of {@code InputPath}, {@code OutputPath} or {@code ResultPath}: a path written as text,
 * or {@link #NULL} for a JSON {@code null}, which AWS reads as "nothing" ({@code {}} as input or
 * output, and "discard the result" for {@code ResultPath}).
 *
 * <pre>{@code
 * Path keep = Path.of("$.order");
 * Path discard = Path.NULL;
 * }</pre>
 *
 * @param expression the path as written, or {@code null} for JSON {@code null}
 */
public record Path(String expression) {

  /** A JSON {@code null} in a path field. */
  public static final Path NULL = new Path(null);

  /** A path written as {@code expression}, kept exactly as written. */
  public static Path of(String expression) {
    if (expression == null) {
      throw new IllegalArgumentException("use Path.NULL for a JSON null path");
    }
    return new Path(expression);
  }

  /** Whether this is the JSON {@code null} path. */
  public boolean isNull() {
    return expression == null;
  }

  @Override
  public String toString() {
    return expression == null ? "null" : expression;
  }
}
