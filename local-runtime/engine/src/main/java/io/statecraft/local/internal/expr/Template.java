package io.statecraft.local.internal.expr;

import io.statecraft.local.internal.json.ObjectShape;
import io.statecraft.local.internal.json.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}) parsed
 * once: fields whose name ends in {@code .$} hold a path or an intrinsic function, compiled at
 * load; everything else is copied as written. A template without dynamic fields is one shared
 * constant.
 */
public final class Template {

  /**
   * Builds the value of one node of the template. An abstract class rather than an interface:
   * the calls run once per field per state, and a class call is cheaper before the JIT's last tier.
   */
  private abstract static class Part {
    final DepthGrowth growth;

    Part(DepthGrowth growth) {
      this.growth = growth;
    }

    abstract JsonNode build(JsonNode input, Scope scope, String field);
  }

  /**
   * How deeply what a part builds may nest for a state input of depth d: at most
   * max(d + relative, absolute); not known where it reads more than the input (the context
   * object, variables, functions), or where a constant nests past the limit.
   */
  private record DepthGrowth(boolean known, int relative, int absolute) {
    /** A depth far above any input's, so a relative term is read off a path's bound. */
    private static final int FAR = 1_000_000;
    static final DepthGrowth UNKNOWN = new DepthGrowth(false, 0, 0);

    static DepthGrowth constant(JsonNode value) {
      int depth = Values.depthUpTo(value, Values.MAX_DEPTH);
      return depth > Values.MAX_DEPTH ? UNKNOWN : new DepthGrowth(true, -FAR, depth);
    }

    static DepthGrowth of(Expression expression) {
      if (expression instanceof IntrinsicCalls call && call.resultDepth() >= 0) {
        return new DepthGrowth(true, -FAR, call.resultDepth());
      }
      if (!(expression instanceof PathExpr path) || path.depthBound(0) < 0) {
        return UNKNOWN;
      }
      return new DepthGrowth(true, path.depthBound(FAR) - FAR, path.depthBound(0));
    }

    /** The growth of an object or array holding {@code parts}. */
    static DepthGrowth around(Part[] parts) {
      int relative = -FAR;
      int absolute = 0;
      for (Part part : parts) {
        if (!part.growth.known) {
          return UNKNOWN;
        }
        relative = Math.max(relative, part.growth.relative);
        absolute = Math.max(absolute, part.growth.absolute);
      }
      return new DepthGrowth(true, relative + 1, absolute + 1);
    }

    int bound(int inputDepth) {
      return known && inputDepth >= 0 ? Math.max(inputDepth + relative, absolute) : -1;
    }
  }

  private static final class Constant extends Part {
    private final JsonNode value;

    Constant(JsonNode value) {
      super(DepthGrowth.constant(value));
      this.value = value;
    }

    @Override
    JsonNode build(JsonNode input, Scope scope, String field) {
      return value;
    }
  }

  private static final class Dynamic extends Part {
    private final Expression expression;
    /** The expression when it is a path (nearly always): called directly, not through Expression. */
    private final PathExpr path;

    Dynamic(Expression expression) {
      super(DepthGrowth.of(expression));
      this.expression = expression;
      this.path = expression instanceof PathExpr p ? p : null;
    }

    @Override
    JsonNode build(JsonNode input, Scope scope, String field) {
      try {
        return path != null ? path.evaluate(input, scope) : expression.evaluate(input, scope);
      } catch (PathExpr.NoMatch e) {
        throw notFound(input, scope, field);
      }
    }

    private StatesError notFound(JsonNode input, Scope scope, String field) {
      return StatesError.runtime(scope, "The JSONPath '" + expression.text()
          + "' specified for the field '" + field + "' could not be found in the input '"
          + Values.text(input) + "'");
    }
  }

  /** An object with a dynamic field somewhere: its fields built in order on each use. */
  private static final class ObjectPart extends Part {
    private final String[] names;
    private final String[] fields;
    private final Part[] parts;
    /** Null for many fields or one name twice ("a" and "a.$"); then the slow path keeps the last. */
    private final ObjectShape shape;

    private ObjectPart(String[] names, String[] fields, Part[] parts) {
      super(DepthGrowth.around(parts));
      this.names = names;
      this.fields = fields;
      this.parts = parts;
      JsonNode[] constants = new JsonNode[parts.length];
      for (int i = 0; i < parts.length; i++) {
        constants[i] = parts[i] instanceof Constant constant ? constant.value : null;
      }
      this.shape = ObjectShape.of(names, constants);
    }

    static ObjectPart of(List<String> names, List<String> fields, List<Part> parts) {
      return new ObjectPart(names.toArray(new String[0]), fields.toArray(new String[0]),
          parts.toArray(new Part[0]));
    }

    @Override
    JsonNode build(JsonNode input, Scope scope, String field) {
      if (shape == null) {
        return buildBySetting(input, scope);
      }
      // The names are distinct, so the fields go straight into place; the constants are there.
      Object[] slots = shape.slots();
      for (int i : shape.built()) {
        JsonNode value = parts[i].build(input, scope, fields[i]);
        ObjectShape.set(slots, i, value == null ? Values.NODES.nullNode() : value);
      }
      return shape.object(slots);
    }

    /** Many fields, or one name twice ("a" and "a.$"): set one by one, the last one kept. */
    private JsonNode buildBySetting(JsonNode input, Scope scope) {
      ObjectNode object = Values.object();
      for (int i = 0; i < names.length; i++) {
        object.set(names[i], parts[i].build(input, scope, fields[i]));
      }
      return object;
    }
  }

  private static final class ArrayPart extends Part {
    private final Part[] parts;

    ArrayPart(Part[] parts) {
      super(DepthGrowth.around(parts));
      this.parts = parts;
    }

    @Override
    JsonNode build(JsonNode input, Scope scope, String field) {
      ArrayNode array = Values.array();
      for (Part part : parts) {
        array.add(part.build(input, scope, field));
      }
      return array;
    }
  }

  private final Part root;
  private final boolean usesContext;

  private Template(Part root, boolean usesContext) {
    this.root = root;
    this.usesContext = usesContext;
  }

  /**
   * Compiles {@code template}; {@code compiler} turns the value of a {@code .$} field into an
   * expression and throws IllegalArgumentException (with the field's name) when it cannot.
   */
  public static Template compile(JsonNode template, ExpressionCompiler compiler) {
    boolean[] context = {false};
    Part root = part(template, compiler, context);
    return new Template(root, context[0]);
  }

  /** Compiles the value of one {@code .$} field. */
  public interface ExpressionCompiler {
    Expression compile(String field, String value);
  }

  private static Part part(JsonNode node, ExpressionCompiler compiler, boolean[] context) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      List<Part> parts = new ArrayList<>();
      boolean dynamic = false;
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String key = entry.getKey();
        if (key.endsWith(".$")) {
          JsonNode value = entry.getValue();
          if (!value.isString()) {
            throw new IllegalArgumentException("the field '" + key
                + "' must hold a path or an intrinsic function as a string, was " + value);
          }
          Expression expression = compiler.compile(key, value.asString());
          if (expression instanceof PathExpr path && path.isContext()
              || !(expression instanceof PathExpr)) {
            context[0] = true;
          }
          names.add(key.substring(0, key.length() - 2).intern());
          parts.add(new Dynamic(expression));
          dynamic = true;
        } else {
          Part part = part(entry.getValue(), compiler, context);
          dynamic |= !(part instanceof Constant);
          names.add(key.intern());
          parts.add(part);
        }
        fields.add(key);
      }
      if (!dynamic) {
        return new Constant(node);
      }
      return ObjectPart.of(names, fields, parts);
    }
    if (node.isArray()) {
      List<Part> parts = new ArrayList<>();
      boolean dynamic = false;
      for (JsonNode element : node) {
        Part part = part(element, compiler, context);
        dynamic |= !(part instanceof Constant);
        parts.add(part);
      }
      return dynamic ? new ArrayPart(parts.toArray(Part[]::new)) : new Constant(node);
    }
    return new Constant(node);
  }

  /** The template filled in for state input {@code input}. */
  public JsonNode build(JsonNode input, Scope scope) {
    return root.build(input, scope, null);
  }

  /**
   * The most levels what {@link #build} gives may nest for an input of at most
   * {@code inputDepth} levels; -1 when not known (or {@code inputDepth} is -1).
   */
  public int depthBound(int inputDepth) {
    return root.growth.bound(inputDepth);
  }

  /** Whether building reads the context object or calls functions (so it is not a pure path read). */
  boolean usesContext() {
    return usesContext;
  }
}
