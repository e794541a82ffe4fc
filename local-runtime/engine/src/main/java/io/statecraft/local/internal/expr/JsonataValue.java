package io.statecraft.local.internal.expr;

import io.statecraft.compiler.internal.jsonata.JsonataBindings;
import io.statecraft.compiler.internal.jsonata.JsonataEvaluationException;
import io.statecraft.compiler.internal.jsonata.JsonataExpression;
import io.statecraft.compiler.internal.jsonata.JsonataSyntaxException;
import io.statecraft.local.internal.json.ObjectShape;
import io.statecraft.local.internal.json.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value of a JSONata-mode field (Output, Arguments, Assign, Items, Seconds, ...) compiled once
 * at load: a string that is exactly {@code {% ... %}} is an expression, parsed once; objects and
 * arrays are walked for such strings at any depth (keys are never evaluated); everything else is
 * copied as written. An expression that gives nothing, or fails, fails the state with
 * States.QueryEvaluationError, its cause naming the field as AWS does ({@code Output/a[0]}).
 */
public final class JsonataValue {

  private abstract static class Part {
    abstract JsonNode build(JsonataBindings bindings, Scope scope);
  }

  private static final class Constant extends Part {
    private final JsonNode value;

    Constant(JsonNode value) {
      this.value = value;
    }

    @Override
    JsonNode build(JsonataBindings bindings, Scope scope) {
      return value;
    }
  }

  private static final class Expr extends Part {
    private final JsonataExpression expression;
    private final String location;

    Expr(JsonataExpression expression, String location) {
      this.expression = expression;
      this.location = location;
    }

    @Override
    JsonNode build(JsonataBindings bindings, Scope scope) {
      JsonNode value;
      try {
        value = expression.evaluate(bindings, Values.NODES);
      } catch (JsonataEvaluationException e) {
        throw scope.evaluationFailed(location, e.cause(location), true);
      }
      if (value == null) {
        throw scope.evaluationFailed(location,
            JsonataEvaluationException.returnedNothing(expression.text()).cause(location), true);
      }
      return value;
    }
  }

  private static final class ObjectPart extends Part {
    private final String[] names;
    private final Part[] parts;
    /** Null for an object of many fields: those are set one by one. */
    private final ObjectShape shape;

    ObjectPart(String[] names, Part[] parts) {
      this.names = names;
      this.parts = parts;
      JsonNode[] constants = new JsonNode[parts.length];
      for (int i = 0; i < parts.length; i++) {
        constants[i] = parts[i] instanceof Constant constant ? constant.value : null;
      }
      this.shape = ObjectShape.of(names, constants);
    }

    /**
     * The object {@code written}, all of whose fields are constants, as one constant: in the
     * runtime's own form with interned names where it is small, as the objects this part builds
     * are, so that what reads it (the variables an Assign sets) meets one kind of object.
     */
    Constant constant(JsonNode written) {
      return new Constant(shape == null ? written : shape.object(shape.slots()));
    }

    @Override
    JsonNode build(JsonataBindings bindings, Scope scope) {
      if (shape == null) {
        ObjectNode object = Values.object();
        for (int i = 0; i < names.length; i++) {
          object.set(names[i], parts[i].build(bindings, scope));
        }
        return object;
      }
      Object[] slots = shape.slots();
      for (int i : shape.built()) {
        ObjectShape.set(slots, i, parts[i].build(bindings, scope));
      }
      return shape.object(slots);
    }
  }

  private static final class ArrayPart extends Part {
    private final Part[] parts;

    ArrayPart(Part[] parts) {
      this.parts = parts;
    }

    @Override
    JsonNode build(JsonataBindings bindings, Scope scope) {
      ArrayNode array = Values.array();
      for (Part part : parts) {
        array.add(part.build(bindings, scope));
      }
      return array;
    }
  }

  /** An expression AWS refuses at definition time, and the field (a path like {@code Output/a}). */
  public static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient JsonataSyntaxException reason;
    private final String location;

    Refused(JsonataSyntaxException reason, String location) {
      super(reason.getMessage(), reason);
      this.reason = reason;
      this.location = location;
    }

    /** AWS's code: INVALID_JSONATA_EXPRESSION or UNSUPPORTED_JSONATA_EXPRESSION. */
    public String code() {
      return reason.code();
    }

    /** Why, without the code. */
    public String reason() {
      return reason.reason();
    }

    /** The field, as a JSON pointer below the state ({@code /Output/list/1}). */
    public String pointer() {
      return "/" + location.replaceAll("\\[(\\d+)]", "/$1");
    }
  }

  private final Part root;
  private final JsonataExpression single;
  private final String field;

  private JsonataValue(Part root, JsonataExpression single, String field) {
    this.root = root;
    this.single = single;
    this.field = field;
  }

  /**
   * Compiles the value of field {@code field} ({@code Output}, {@code Assign}, ...); throws
   * {@link Refused} for an expression AWS would refuse.
   */
  public static JsonataValue compile(JsonNode value, String field) {
    Part root = part(value, field);
    JsonataExpression single = root instanceof Expr expr ? expr.expression : null;
    return new JsonataValue(root, single, field);
  }

  private static Part part(JsonNode node, String location) {
    if (node.isString() && JsonataExpression.isExpression(node.asString())) {
      try {
        return new Expr(JsonataExpression.parse(node.asString()), location);
      } catch (JsonataSyntaxException e) {
        throw new Refused(e, location);
      }
    }
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      List<Part> parts = new ArrayList<>();
      boolean dynamic = false;
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        Part part = part(entry.getValue(), location + "/" + entry.getKey());
        dynamic |= !(part instanceof Constant);
        names.add(entry.getKey().intern());
        parts.add(part);
      }
      ObjectPart object =
          new ObjectPart(names.toArray(String[]::new), parts.toArray(Part[]::new));
      return dynamic ? object : object.constant(node);
    }
    if (node.isArray()) {
      List<Part> parts = new ArrayList<>();
      boolean dynamic = false;
      for (int i = 0; i < node.size(); i++) {
        Part part = part(node.get(i), location + "[" + i + "]");
        dynamic |= !(part instanceof Constant);
        parts.add(part);
      }
      return dynamic ? new ArrayPart(parts.toArray(Part[]::new)) : new Constant(node);
    }
    return new Constant(node);
  }

  /** The field's value; throws the state's States.QueryEvaluationError when an expression fails. */
  public JsonNode build(JsonataBindings bindings, Scope scope) {
    return root.build(bindings, scope);
  }

  /**
   * The field's value, which must be of {@code type} ({@code "array"}, {@code "boolean"}, ...):
   * otherwise AWS's "returned an unexpected result type" error for an expression, or
   * {@code literalError} for a value written in the definition.
   */
  public JsonNode build(JsonataBindings bindings, Scope scope, String type) {
    JsonNode value = root.build(bindings, scope);
    return is(type, value) ? value : unexpected(value, type, scope);
  }

  /**
   * A Choice rule's {@code Condition}: whether it holds; AWS's "returned an unexpected result
   * type" error for an expression that gives something other than a boolean.
   */
  public boolean holds(JsonataBindings bindings, Scope scope) {
    JsonNode value = root.build(bindings, scope);
    return value.isBoolean() ? value.booleanValue()
        : unexpected(value, "boolean", scope).asBoolean();
  }

  /** {@code value}, not of {@code type}: an error for an expression, else as written. */
  private JsonNode unexpected(JsonNode value, String type, Scope scope) {
    if (single != null) {
      throw scope.evaluationFailed(field, JsonataEvaluationException
          .unexpectedType(single.text(), type, value).cause(field), true);
    }
    return value;
  }

  /** Whether the value is one expression (not a literal or a template). */
  public boolean isExpression() {
    return single != null;
  }

  /** The expression as AWS quotes it, for a value that is one expression; else null. */
  public String expressionText() {
    return single == null ? null : single.text();
  }

  /** The name of the field, as AWS names it in causes. */
  public String field() {
    return field;
  }

  private static boolean is(String type, JsonNode value) {
    return switch (type) {
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "string" -> value.isString();
      case "boolean" -> value.isBoolean();
      case "number" -> value.isNumber();
      default -> true;
    };
  }
}
