package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Parser.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The expressions workflows write in nearly every state, evaluated without the library: literals,
 * variables, {@code $states.input.a.b}-style paths into objects, and the arithmetic, comparison,
 * equality and boolean operators over them ({@code $i < 10000}, {@code $i + 1}). The library costs
 * a few hundred nanoseconds an evaluation in frames and bindings; this costs tens.
 *
 * <p>It answers only what it is sure the library would answer: a value that is missing, of a type
 * an operator refuses, an array in a path or a result that is not a finite number make it give
 * up ({@link #UNDECIDED}), and the library evaluates the expression instead, errors and all.
 */
final class Shortcut {

  /** The shortcut cannot decide: evaluate with the library. */
  static final JsonNode UNDECIDED = JsonNodeFactory.instance.missingNode();

  private static final char LESS_OR_EQUAL = '\u2264';
  private static final char GREATER_OR_EQUAL = '\u2265';
  private static final char NOT_EQUAL = '\u2260';
  /** The operators other than {@code and} and {@code or}, each as one character. */
  private static final Map<String, Character> OPERATORS = Map.ofEntries(Map.entry("+", '+'),
      Map.entry("-", '-'), Map.entry("*", '*'), Map.entry("/", '/'), Map.entry("%", '%'),
      Map.entry("<", '<'), Map.entry("<=", LESS_OR_EQUAL), Map.entry(">", '>'),
      Map.entry(">=", GREATER_OR_EQUAL), Map.entry("=", '='), Map.entry("!=", NOT_EQUAL));
  private static final Set<String> STATES_FIELDS =
      Set.of("input", "context", "result", "errorOutput");
  /** The largest magnitude up to which every integer is a double. */
  private static final long EXACT_IN_DOUBLE = 1L << 53;
  /** Fields a plain name step of a path has none of. */
  private static final String[] STEP_EXTRAS = {"predicate", "stages", "group", "focus", "index",
      "tuple", "ancestor"};

  /**
   * A node of the shortcut's tree. An abstract class rather than an interface of lambdas: a state
   * evaluates a few of these on every visit, and a class call is cheaper than an interface call
   * until the JIT's last tier.
   */
  private abstract static class Node {
    /** The value, null for undefined, or {@link #UNDECIDED}. */
    abstract JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes);
  }

  private static final class Constant extends Node {
    private final JsonNode value;

    Constant(JsonNode value) {
      this.value = value;
    }

    @Override
    JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
      return value;
    }
  }

  /** {@code $name}. */
  private static final class Variable extends Node {
    private final String name;

    Variable(String name) {
      // Interned, as the runtime interns the names Assign sets: a lookup matches by identity.
      this.name = name.intern();
    }

    @Override
    JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
      return scalar(bindings.variable(name), nodes);
    }
  }

  /** {@code $var.a.b} or {@code $states.input.a.b}. */
  private static final class Path extends Node {
    /** The variable the path starts from, or null for a field of {@code $states}. */
    private final String variable;
    /** The field of {@code $states}, when {@link #variable} is null. */
    private final String field;
    private final String[] names;

    Path(String variable, String field, String[] names) {
      this.variable = variable == null ? null : variable.intern();
      this.field = field;
      this.names = names;
    }

    @Override
    JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
      JsonNode start = variable != null ? bindings.variable(variable) : switch (field) {
        case "input" -> bindings.input();
        case "context" -> bindings.context();
        case "result" -> bindings.result();
        default -> bindings.errorOutput();
      };
      return walk(start, names, nodes);
    }
  }

  /**
   * A binary operator other than {@code and} and {@code or}: both operands evaluated, then the
   * operator; an undefined or undecided operand gives up.
   */
  private static final class Binary extends Node {
    private final char operator;
    private final Node left;
    private final Node right;
    /** The right operand when it is a constant (nearly always: {@code $i < 10000}), else null. */
    private final JsonNode constant;

    Binary(char operator, Node left, Node right) {
      this.operator = operator;
      this.left = left;
      this.right = right;
      this.constant = right instanceof Constant c ? c.value : null;
    }

    @Override
    JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
      JsonNode a = left.evaluate(bindings, nodes);
      JsonNode b = constant != null ? constant : right.evaluate(bindings, nodes);
      if (a == UNDECIDED || b == UNDECIDED || a == null || b == null) {
        return UNDECIDED;
      }
      return switch (operator) {
        case '+', '-', '*', '/', '%' -> arithmetic(operator, a, b, nodes);
        case '=' -> equality(true, a, b, nodes);
        case NOT_EQUAL -> equality(false, a, b, nodes);
        default -> comparison(operator, a, b, nodes);
      };
    }
  }

  /** {@code and}, {@code or}: the right operand only when the left one does not decide. */
  private static final class Bool extends Node {
    private final boolean and;
    private final Node left;
    private final Node right;

    Bool(boolean and, Node left, Node right) {
      this.and = and;
      this.left = left;
      this.right = right;
    }

    @Override
    JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
      JsonNode a = left.evaluate(bindings, nodes);
      if (a == UNDECIDED || a == null || !a.isBoolean()) {
        return UNDECIDED;
      }
      if (a.booleanValue() != and) {
        return nodes.booleanNode(!and);
      }
      JsonNode b = right.evaluate(bindings, nodes);
      return b == UNDECIDED || b == null || !b.isBoolean() ? UNDECIDED
          : nodes.booleanNode(b.booleanValue());
    }
  }

  private final Node root;

  private Shortcut(Node root) {
    this.root = root;
  }

  /** The shortcut of {@code root}, or null when the expression is not one it evaluates. */
  static Shortcut of(Symbol root) {
    if (root == null || !Ast.AVAILABLE) {
      return null;
    }
    Node node = compile(root, 0);
    return node == null ? null : new Shortcut(node);
  }

  /** The value, null for undefined, or {@link #UNDECIDED} when the library must evaluate it. */
  JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
    return root.evaluate(bindings, nodes);
  }

  /**
   * How deeply operators may nest in a shortcut: AWS bounds the depth of an evaluation, and deep
   * expressions are the library's to bound.
   */
  private static final int MAX_DEPTH = 8;

  private static Node compile(Symbol symbol, int depth) {
    String type = Ast.type(symbol);
    if (type == null || depth > MAX_DEPTH || Ast.field(symbol, "predicate") != null
        || Ast.field(symbol, "stages") != null || Ast.field(symbol, "group") != null) {
      return null;
    }
    return switch (type) {
      case "number" -> constant(Ast.value(symbol) instanceof Number n
          ? Values.numberNode(n.doubleValue(), JsonNodeFactory.instance) : null);
      case "string" -> constant(Ast.value(symbol) instanceof String s
          ? JsonNodeFactory.instance.stringNode(s) : null);
      case "value" -> literal(Ast.value(symbol));
      case "variable" -> variable(symbol);
      case "path" -> path(symbol);
      case "binary" -> binary(symbol, depth);
      default -> null;
    };
  }

  private static Node constant(JsonNode value) {
    return value == null ? null : new Constant(value);
  }

  private static Node literal(Object value) {
    if (value instanceof Boolean bool) {
      return constant(JsonNodeFactory.instance.booleanNode(bool));
    }
    return value == Jsonata.NULL_VALUE ? constant(JsonNodeFactory.instance.nullNode()) : null;
  }

  /** {@code $name}: a workflow variable; {@code $states} alone is left to the library. */
  private static Node variable(Symbol symbol) {
    if (!(Ast.value(symbol) instanceof String name) || name.isEmpty() || name.equals("states")
        || hasExtras(symbol)) {
      return null;
    }
    // Unassigned, a variable might still name a function: the library decides.
    return new Variable(name);
  }

  /** {@code $var.a.b} or {@code $states.input.a.b}: names into objects. */
  private static Node path(Symbol symbol) {
    List<Symbol> steps = Ast.steps(symbol);
    if (steps == null || steps.size() < 2 || !"variable".equals(Ast.type(steps.get(0)))
        || !(Ast.value(steps.get(0)) instanceof String root) || root.isEmpty()
        || Ast.field(symbol, "keepSingletonArray") == Boolean.TRUE) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Symbol step : steps) {
      if (hasExtras(step) || Boolean.TRUE.equals(Ast.field(step, "keepArray"))) {
        return null;
      }
      if (step != steps.get(0)) {
        if (!"name".equals(Ast.type(step)) || !(Ast.value(step) instanceof String name)) {
          return null;
        }
        names.add(name);
      }
    }
    if (!root.equals("states")) {
      return new Path(root, null, names.toArray(String[]::new));
    }
    String field = names.remove(0);
    if (!STATES_FIELDS.contains(field)) {
      return null;
    }
    return new Path(null, field, names.toArray(String[]::new));
  }

  /** Field by field through objects; anything else (an array, a miss) goes to the library. */
  private static JsonNode walk(JsonNode start, String[] names, JsonNodeFactory nodes) {
    JsonNode node = start;
    for (String name : names) {
      if (node == null || !node.isObject()) {
        return UNDECIDED;
      }
      node = node.get(name);
    }
    return scalar(node, nodes);
  }

  /**
   * A scalar as the library gives it back (its numbers in JSONata's model: {@code 1.0} is
   * {@code 1}); a missing value, an object or an array is the library's to decide.
   */
  private static JsonNode scalar(JsonNode node, JsonNodeFactory nodes) {
    if (node == null || node.isMissingNode() || node.isContainer()) {
      return UNDECIDED;
    }
    if (node.isInt() || node.isString() || node.isBoolean() || node.isNull()) {
      return node;
    }
    return node.isNumber() ? Values.toJson(Values.toJsonata(node), nodes) : UNDECIDED;
  }

  private static boolean hasExtras(Symbol step) {
    for (String field : STEP_EXTRAS) {
      if (Ast.field(step, field) != null) {
        return true;
      }
    }
    return false;
  }

  private static Node binary(Symbol symbol, int depth) {
    // The library keeps one-character operators as Characters, longer ones as Strings.
    Object value = Ast.value(symbol);
    if (!(value instanceof String || value instanceof Character)) {
      return null;
    }
    String operator = value.toString();
    Node left = compile(Ast.lhs(symbol), depth + 1);
    Node right = compile(Ast.rhs(symbol), depth + 1);
    if (left == null || right == null) {
      return null;
    }
    if (operator.equals("and") || operator.equals("or")) {
      return new Bool(operator.equals("and"), left, right);
    }
    Character code = OPERATORS.get(operator);
    return code == null ? null : new Binary(code, left, right);
  }

  /**
   * {@code +}, {@code -}, {@code *}, {@code /} and {@code %} of numbers; other operands, and a
   * result that is not a finite number, are the library's.
   */
  private static JsonNode arithmetic(char operator, JsonNode a, JsonNode b,
      JsonNodeFactory nodes) {
    if (a.isInt() && b.isInt() && operator != '/' && operator != '%') {
      // Exact in a long; the library's double is the same number when it is below 2^53, which
      // a sum or difference of two ints always is, and then both make the same node.
      long x = a.intValue();
      long y = b.intValue();
      long result = operator == '+' ? x + y : operator == '-' ? x - y : x * y;
      if (Math.abs(result) <= EXACT_IN_DOUBLE) {
        return (int) result == result ? nodes.numberNode((int) result)
            : nodes.numberNode(result);
      }
    }
    if (!a.isNumber() || !b.isNumber()) {
      return UNDECIDED;
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    double result = switch (operator) {
      case '+' -> x + y;
      case '-' -> x - y;
      case '*' -> x * y;
      case '/' -> x / y;
      default -> x % y;
    };
    return Double.isFinite(result) ? Values.numberNode(result, nodes) : UNDECIDED;
  }

  /** Numbers by value, strings by code unit; anything else is the library's to compare. */
  private static JsonNode comparison(char operator, JsonNode a, JsonNode b,
      JsonNodeFactory nodes) {
    if (a.isNumber() && b.isNumber()) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return nodes.booleanNode(switch (operator) {
        case '<' -> x < y;
        case LESS_OR_EQUAL -> x <= y;
        case '>' -> x > y;
        default -> x >= y;
      });
    }
    if (a.isString() && b.isString()) {
      int order = a.stringValue().compareTo(b.stringValue());
      return nodes.booleanNode(switch (operator) {
        case '<' -> order < 0;
        case LESS_OR_EQUAL -> order <= 0;
        case '>' -> order > 0;
        default -> order >= 0;
      });
    }
    return UNDECIDED;
  }

  /** {@code =} or {@code !=} of two scalars; containers are the library's to compare. */
  private static JsonNode equality(boolean equal, JsonNode a, JsonNode b,
      JsonNodeFactory nodes) {
    Boolean same = sameScalar(a, b);
    return same == null ? UNDECIDED : nodes.booleanNode(same == equal);
  }

  /** Whether two scalars are equal as JSONata compares them; null when either is not a scalar. */
  private static Boolean sameScalar(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.doubleValue() == b.doubleValue();
    }
    if (a.isContainer() || b.isContainer()) {
      return null;
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    return a.equals(b);
  }
}
