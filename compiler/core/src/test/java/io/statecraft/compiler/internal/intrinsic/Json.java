package io.statecraft.compiler.internal.intrinsic;

import io.statecraft.asl.internal.JsonMappers;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helpers: JSON from text, and a resolver that looks paths up in a map. */
final class Json {

  static final JsonMapper MAPPER = JsonMappers.STANDARD;

  private Json() {}

  static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  /** A resolver over fixed values; any other path throws, as the runtime's resolver does. */
  static Function<String, JsonNode> paths(Map<String, String> values) {
    return path -> {
      String value = values.get(path);
      if (value == null) {
        throw new NoSuchPathException(path);
      }
      return json(value);
    };
  }

  /** A resolver for expressions without paths. */
  static Function<String, JsonNode> noPaths() {
    return path -> {
      throw new NoSuchPathException(path);
    };
  }

  /** Evaluates {@code expression} with the given path values. */
  static JsonNode eval(String expression, Map<String, String> values) {
    return IntrinsicFunctions.parse(expression).evaluate(paths(values));
  }

  static JsonNode eval(String expression) {
    return eval(expression, Map.of());
  }

  /** The runtime's own exception for a path that does not resolve. */
  static final class NoSuchPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchPathException(String path) {
      super("no value at " + path);
    }
  }
}
