package io.statecraft.shapes.internal;

import java.util.Objects;

/**
 * A member's type, parsed from the bundled type expressions: a scalar name ({@code string},
 * {@code integer}, {@code timestamp}, ...), a structure or enum name, {@code [T]} for a list and
 * {@code {T}} for a map with string keys.
 */
public sealed interface ShapeType {

  /** The JSON a scalar member takes, as Step Functions renders the SDK's types. */
  enum Scalar implements ShapeType {
    STRING, NUMBER, BOOLEAN,
    /** An SDK Instant: an ISO-8601 string, or epoch milliseconds as optimized integrations give. */
    TIMESTAMP,
    /** SDK bytes: a (base64 or plain) string. */
    BLOB,
    /** Any JSON: SDK documents, and payloads Step Functions parses (lambda:invoke's Payload). */
    ANY
  }

  /** A structure or an enum of the same service, by name. */
  record Named(String name) implements ShapeType {
    public Named {
      Objects.requireNonNull(name, "name == null");
    }
  }

  /** A JSON array of {@code element}. */
  record ListOf(ShapeType element) implements ShapeType {
    public ListOf {
      Objects.requireNonNull(element, "element == null");
    }
  }

  /** A JSON object whose every value is a {@code value}. */
  record MapOf(ShapeType value) implements ShapeType {
    public MapOf {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** Parses a type expression without its required mark. */
  static ShapeType parse(String expression) {
    if (expression.length() > 2 && expression.startsWith("[") && expression.endsWith("]")) {
      return new ListOf(parse(expression.substring(1, expression.length() - 1)));
    }
    if (expression.length() > 2 && expression.startsWith("{") && expression.endsWith("}")) {
      return new MapOf(parse(expression.substring(1, expression.length() - 1)));
    }
    return switch (expression) {
      case "string" -> Scalar.STRING;
      case "integer", "long", "short", "byte", "float", "double", "decimal" -> Scalar.NUMBER;
      case "boolean" -> Scalar.BOOLEAN;
      case "timestamp" -> Scalar.TIMESTAMP;
      case "blob" -> Scalar.BLOB;
      case "document", "any" -> Scalar.ANY;
      default -> {
        if (expression.isEmpty() || !Character.isUpperCase(expression.charAt(0))) {
          throw new IllegalArgumentException("not a type expression: '" + expression + "'");
        }
        yield new Named(expression);
      }
    };
  }
}
