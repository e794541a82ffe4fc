package io.statecraft.local.internal.expr;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.Jackson3JsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.Jackson3MappingProvider;
import io.statecraft.compiler.internal.jsonpath.AslPath;
import io.statecraft.compiler.internal.jsonpath.PathSyntaxException;
import io.statecraft.local.internal.json.CompactMap;
import io.statecraft.local.internal.json.CompactObject;
import io.statecraft.local.internal.json.Values;
import java.util.EnumSet;
import tools.jackson.databind.JsonNode;

/**
 * A JSONPath compiled once at load: {@code $...} reads the state input, {@code $$...} the context
 * object. {@code $} and {@code $$} alone skip JsonPath entirely (the most common paths).
 */
public final class PathExpr implements Expression,
    io.statecraft.compiler.internal.intrinsic.BoundExpression.Reader<JsonNode, Scope> {

  private static final Configuration JSONPATH =
      Configuration.builder()
          .jsonProvider(new Jackson3JsonNodeJsonProvider(Values.MAPPER))
          .mappingProvider(new Jackson3MappingProvider(Values.MAPPER))
          .options(EnumSet.noneOf(Option.class))
          .build();

  /** Thrown when a path selects nothing; callers turn it into AWS's error for their field. */
  public static final class NoMatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient PathExpr path;

    NoMatch(PathExpr path, String detail) {
      super(detail, null, false, false);
      this.path = path;
    }
  }

  /** A path form this runtime does not run yet (variables). */
  public static final class Unsupported extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }


  private final String text;
  private final boolean context;
  /** Null for the whole document ({@code $} or {@code $$}). */
  private final JsonPath compiled;
  /**
   * For simple paths, the steps (String field or Integer index) to walk directly: the same result
   * as JsonPath for these forms at a fraction of the cost on the hot path. A miss still goes
   * through JsonPath so that the error reads exactly as AWS's (which uses JsonPath too).
   */
  private final Object[] steps;
  /** The hash codes of the field names among {@link #steps}, computed once. */
  private final int[] stepHashes;
  /** A simple path into the state input (most paths): walked first, before anything else. */
  private final boolean direct;
  /** For {@code $name...}: the variable and the path into its value; else null. */
  private final String variable;
  private final PathExpr rest;

  /**
   * A path JsonPath reads as {@code query}, a path from {@code $} ({@code compiled} null for the
   * whole document).
   */
  private PathExpr(String text, String query, boolean context, JsonPath compiled) {
    this(text, query, context, compiled, null, null);
  }

  /** A path into the value of {@code variable}: {@code rest} reads it, nothing else. */
  private PathExpr(String text, String variable, PathExpr rest) {
    this(text, "$", false, null, variable, rest);
  }

  private PathExpr(String text, String query, boolean context, JsonPath compiled,
      String variable, PathExpr rest) {
    this.text = text;
    this.context = context;
    this.compiled = compiled;
    this.variable = variable;
    this.rest = rest;
    this.steps = compiled != null ? simpleSteps(query) : null;
    this.stepHashes = steps == null ? null : CompactMap.hashes(steps);
    this.direct = steps != null && !context;
  }


  /**
   * The steps of a path made only of plain field names ({@code .name}) and non-negative indexes
   * ({@code [3]}), a String per field and an Integer per index; null for any other path. Read in
   * one loop: a regular expression repeating a group recurses once per step in the JDK's matcher,
   * and a path of a thousand steps exhausted the stack.
   */
  static Object[] simpleSteps(String path) {
    if (path.length() < 2 || path.charAt(0) != '$') {
      return null;
    }
    java.util.List<Object> steps = new java.util.ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      int start = i + 1;
      int end = start;
      if (path.charAt(i) == '.') {
        while (end < path.length() && isNamePart(path.charAt(end), end == start)) {
          end++;
        }
        if (end == start) {
          return null;
        }
        // Interned, as the mapper interns the names it reads: a field lookup then matches by
        // identity.
        steps.add(path.substring(start, end).intern());
        i = end;
      } else if (path.charAt(i) == '[') {
        while (end < path.length() && path.charAt(end) >= '0' && path.charAt(end) <= '9') {
          end++;
        }
        if (end == start || end == path.length() || path.charAt(end) != ']'
            || end - start > 9) {
          return null;
        }
        steps.add(Integer.valueOf(path.substring(start, end)));
        i = end + 1;
      } else {
        return null;
      }
    }
    return steps.toArray();
  }

  private static boolean isNamePart(char c, boolean first) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
        || !first && c >= '0' && c <= '9';
  }

  /** The value at the simple path in {@code document}, or null when JsonPath must decide. */
  private JsonNode walk(JsonNode document) {
    JsonNode node = document;
    Object[] steps = this.steps;
    for (int i = 0; i < steps.length; i++) {
      Object step = steps[i];
      if (step instanceof String field) {
        // The runtime's own objects are read straight from their map; others through Jackson.
        node = node instanceof CompactObject object ? object.fields.get(field, stepHashes[i])
            : CompactObject.field(node, field);
      } else {
        int index = (Integer) step;
        node = node.isArray() && index < node.size() ? node.get(index) : null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /**
   * Compiles {@code text} with the parser the validator judges paths with; throws
   * IllegalArgumentException with its reason when invalid. A loader compiles through a
   * {@link PathCache}, which shares the paths a definition repeats.
   */
  public static PathExpr compile(String text) {
    AslPath parsed;
    try {
      parsed = AslPath.parse(text);
    } catch (PathSyntaxException e) {
      throw new IllegalArgumentException("invalid JSONPath '" + text + "': " + e.reason(), e);
    }
    return switch (parsed.root()) {
      case INPUT -> new PathExpr(text, parsed.query(), false, parsed.compiled());
      case CONTEXT -> new PathExpr(text, parsed.query(), true, parsed.compiled());
      // The rest reads the variable's value: a path from $ of its own.
      case VARIABLE -> new PathExpr(text, parsed.variable(),
          new PathExpr(parsed.query(), parsed.query(), false, parsed.compiled()));
    };
  }

  /** Whether the path reads a variable. */
  public boolean isVariable() {
    return variable != null;
  }

  /** Whether the path reads the context object. */
  public boolean isContext() {
    return context;
  }

  /** Whether the path selects a single value (no wildcard, slice, filter or deep scan). */
  public boolean isDefinite() {
    return variable != null ? rest.isDefinite() : compiled == null || compiled.isDefinite();
  }

  /**
   * The most levels the value this path selects from a state input of {@code inputDepth} levels
   * may nest; -1 when that depends on more than the input (the context object, a variable, a
   * function or filter) or {@code inputDepth} is -1. Each plain step descends one level; what
   * JsonPath reads otherwise may come wrapped in an array, one level at most.
   */
  public int depthBound(int inputDepth) {
    if (inputDepth < 0 || context || variable != null) {
      return -1;
    }
    if (compiled == null) {
      return inputDepth;
    }
    if (steps != null) {
      return Math.max(0, inputDepth - steps.length);
    }
    return text.indexOf('(') >= 0 ? -1 : Math.max(inputDepth, 1);
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public JsonNode evaluate(JsonNode input, Scope scope) {
    if (direct) {
      JsonNode found = walk(input);
      // A miss is JsonPath's to word (or to answer [] for), without walking a second time.
      return found != null ? found : readWithJsonPath(input);
    }
    return evaluateOther(input, scope);
  }

  /** {@link #evaluate}, as an intrinsic function's argument reads it. */
  @Override
  public JsonNode read(JsonNode input, Scope scope) {
    return evaluate(input, scope);
  }

  /** Variables, the context object, and paths JsonPath must read. */
  private JsonNode evaluateOther(JsonNode input, Scope scope) {
    if (variable != null) {
      return readVariable(scope);
    }
    JsonNode document = context ? scope.contextObject() : input;
    return read(document);
  }

  private JsonNode readVariable(Scope scope) {
    JsonNode value = scope.variable(variable);
    if (value == null) {
      throw new NoMatch(this, "The variable '$" + variable + "' is not defined");
    }
    return rest.read(value);
  }

  /** The value at this path in {@code document}. */
  public JsonNode read(JsonNode document) {
    if (compiled == null) {
      return document;
    }
    if (steps != null) {
      JsonNode found = walk(document);
      if (found != null) {
        return found;
      }
    }
    return readWithJsonPath(document);
  }

  /** The value JsonPath finds, or AWS's answer when it finds nothing. */
  private JsonNode readWithJsonPath(JsonNode document) {
    try {
      Object value = compiled.read(document, JSONPATH);
      return Values.fromJava(value);
    } catch (PathNotFoundException e) {
      if (!compiled.isDefinite()) {
        // AWS gives [] when a wildcard, slice or filter selects nothing.
        return Values.array();
      }
      throw new NoMatch(this, e.getMessage());
    } catch (RuntimeException e) {
      // JsonPath reports a path into a non-container (e.g. $.a.b where a is a string) this way.
      throw new NoMatch(this, e.getMessage());
    }
  }

  /** Jayway's rendering of the path, as AWS quotes it in messages: {@code $['a']['b']}. */
  public String normalized() {
    return compiled == null ? "$" : compiled.getPath();
  }

  /** A read whose miss is a States.Runtime error worded as AWS words it for a path field. */
  public static JsonNode select(PathExpr path, JsonNode input, Scope scope) {
    try {
      return path.evaluate(input, scope);
    } catch (NoMatch e) {
      throw StatesError.runtime(scope, "Invalid path '" + path.text() + "' : " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
