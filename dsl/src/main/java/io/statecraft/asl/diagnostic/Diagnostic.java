package io.statecraft.asl.diagnostic;

import java.util.Objects;

/**
 * One problem found in a definition: a stable code, a severity, where it is (a JSON pointer into the
 * ASL document and, for workflows written in Java, the file and line that declared the state) and a
 * message a person can act on.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.error("READ_TYPE", "/States/Charge/Retry/0/MaxAttempts",
 *     "MaxAttempts must be a whole number, but is the string \"3\"");
 * // /States/Charge/Retry/0/MaxAttempts: error READ_TYPE: MaxAttempts must be a whole number, ...
 * }</pre>
 *
 * @param code a stable identifier of the rule, e.g. {@code STATE_UNREACHABLE}
 * @param severity whether AWS would refuse the definition
 * @param pointer an RFC 6901 JSON pointer into the ASL document ({@code ""} for the whole document)
 * @param source where the state was declared in Java, or {@code null} when not known
 * @param message what is wrong, in words
 * @param hint how to fix it, or {@code null}
 */
public record Diagnostic(
    String code,
    Severity severity,
    String pointer,
    SourceLocation source,
    String message,
    String hint) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** An error without a source location or hint. */
  public static Diagnostic error(String code, String pointer, String message) {
    return new Diagnostic(code, Severity.ERROR, pointer, null, message, null);
  }

  /** A warning without a source location or hint. */
  public static Diagnostic warning(String code, String pointer, String message) {
    return new Diagnostic(code, Severity.WARNING, pointer, null, message, null);
  }

  /** This diagnostic with a hint. */
  public Diagnostic withHint(String hint) {
    return new Diagnostic(code, severity, pointer, source, message, hint);
  }

  /** This diagnostic located in Java source. */
  public Diagnostic withSource(SourceLocation source) {
    return new Diagnostic(code, severity, pointer, source, message, hint);
  }

  /** Whether this diagnostic is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code [File.java:12: ]pointer: severity CODE: message[ (hint)]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (source != null) {
      text.append(source).append(": ");
    }
    text.append(pointer.isEmpty() ? "/" : pointer)
        .append(": ")
        .append(severity.name().toLowerCase(java.util.Locale.ROOT))
        .append(' ')
        .append(code)
        .append(": ")
        .append(message);
    if (hint != null) {
      text.append(" (").append(hint).append(')');
    }
    return text.toString();
  }
}
