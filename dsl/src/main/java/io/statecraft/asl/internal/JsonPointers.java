package io.statecraft.asl.internal;

/**
 * RFC 6901 JSON pointers, as diagnostics and differences locate a field.
 *
 * <pre>{@code
 * JsonPointers.child("/States", "a/b");   // "/States/a~1b"
 * }</pre>
 */
public final class JsonPointers {

  private JsonPointers() {}

  /** {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of member {@code token} of the value at {@code pointer} ({@code ""} for the top). */
  public static String child(String pointer, String token) {
    return pointer + "/" + escape(token);
  }

  /** A token of a pointer back to the name it stands for. */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
