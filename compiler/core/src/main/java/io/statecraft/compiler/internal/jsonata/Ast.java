package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Parser.Symbol;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Reads the parse tree of the JSONata library, whose node fields are package-private: the checks
 * AWS makes when a definition is created, and the names an error message needs. The fields are
 * found once; where the library does not let them be read (a module path that does not open the
 * package), {@link #AVAILABLE} is false and the checks that need them are skipped.
 */
final class Ast {

  private static final Field ROOT;
  private static final Field TYPE;
  private static final Field VALUE;
  private static final Field STEPS;
  private static final Field LHS;
  private static final Field RHS;
  private static final Field EXPRESSION;
  private static final Field EXPRESSIONS;
  private static final Field PROCEDURE;
  private static final Field ARGUMENTS;
  private static final Field BODY;
  private static final Field CONDITION;
  private static final Field THEN;
  private static final Field ELSE;

  /** Whether the parse tree can be read. */
  static final boolean AVAILABLE;

  static {
    Field[] fields = new Field[14];
    boolean available;
    try {
      fields[0] = field(Jsonata.class, "ast");
      String[] names = {"type", "value", "steps", "lhs", "rhs", "expression", "expressions",
          "procedure", "arguments", "body", "condition", "then", "_else"};
      for (int i = 0; i < names.length; i++) {
        fields[i + 1] = field(Symbol.class, names[i]);
      }
      available = true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      available = false;
    }
    ROOT = fields[0];
    TYPE = fields[1];
    VALUE = fields[2];
    STEPS = fields[3];
    LHS = fields[4];
    RHS = fields[5];
    EXPRESSION = fields[6];
    EXPRESSIONS = fields[7];
    PROCEDURE = fields[8];
    ARGUMENTS = fields[9];
    BODY = fields[10];
    CONDITION = fields[11];
    THEN = fields[12];
    ELSE = fields[13];
    AVAILABLE = available;
  }

  private Ast() {}

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static Object read(Field field, Object node) {
    try {
      return node == null ? null : field.get(node);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the JSONata parse tree", e);
    }
  }

  /** The root node of a parsed expression, or null when the tree cannot be read. */
  static Symbol root(Jsonata expression) {
    return AVAILABLE ? (Symbol) read(ROOT, expression) : null;
  }

  static String type(Symbol node) {
    return AVAILABLE ? (String) read(TYPE, node) : null;
  }

  static Object value(Symbol node) {
    return AVAILABLE ? read(VALUE, node) : null;
  }

  private static final java.util.Map<String, Field> FIELDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Any field of a parse-tree node by name, or null (also when the tree cannot be read). */
  static Object field(Symbol node, String name) {
    if (!AVAILABLE || node == null) {
      return null;
    }
    Field field = FIELDS.computeIfAbsent(name, n -> {
      try {
        return field(Symbol.class, n);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("the JSONata parse tree has no field " + n, e);
      }
    });
    return read(field, node);
  }

  static List<Symbol> steps(Symbol node) {
    return AVAILABLE ? children(STEPS, node) : null;
  }

  static Symbol lhs(Symbol node) {
    return AVAILABLE ? child(LHS, node) : null;
  }

  static Symbol rhs(Symbol node) {
    return AVAILABLE ? child(RHS, node) : null;
  }

  private static Symbol child(Field field, Symbol node) {
    return (Symbol) read(field, node);
  }

  @SuppressWarnings("unchecked")
  private static List<Symbol> children(Field field, Symbol node) {
    return (List<Symbol>) read(field, node);
  }

  /**
   * The first reference the expression makes to the context it is evaluated in, which Step
   * Functions does not provide, as AWS's message; null when there is none. Only what is
   * evaluated against that context counts: the first step of a path, but not its later steps,
   * predicates or groupings, which see the values before them. A lambda body keeps the context of
   * the expression that defines it, so a bare name in one counts too.
   */
  static String topLevelReference(Symbol node) {
    if (node == null || !AVAILABLE) {
      return null;
    }
    String type = type(node);
    if (type == null) {
      return null;
    }
    switch (type) {
      case "path" -> {
        List<Symbol> steps = children(STEPS, node);
        return steps == null || steps.isEmpty() ? null : topLevelReference(steps.get(0));
      }
      case "name" -> {
        return "Reference to '" + value(node) + "' at the top level is not supported.";
      }
      case "variable" -> {
        Object name = value(node);
        if ("".equals(name)) {
          return "Reference to '$' at the top level is not supported.";
        }
        return "$".equals(name) ? "Reference to '$$' is not supported." : null;
      }
      case "unary" -> {
        String operator = String.valueOf(value(node));
        if (operator.equals("[")) {
          return first(children(EXPRESSIONS, node));
        }
        if (operator.equals("{")) {
          if (node.lhsObject != null) {
            for (Symbol[] pair : node.lhsObject) {
              String found = topLevelReference(pair[0]);
              if (found == null) {
                found = topLevelReference(pair[1]);
              }
              if (found != null) {
                return found;
              }
            }
          }
          return null;
        }
        return topLevelReference(child(EXPRESSION, node));
      }
      case "binary", "apply" -> {
        String found = topLevelReference(child(LHS, node));
        return found != null ? found : topLevelReference(child(RHS, node));
      }
      case "function", "partial" -> {
        String found = topLevelReference(child(PROCEDURE, node));
        return found != null ? found : first(children(ARGUMENTS, node));
      }
      case "lambda" -> {
        return topLevelReference(child(BODY, node));
      }
      case "condition" -> {
        String found = topLevelReference(child(CONDITION, node));
        if (found == null) {
          found = topLevelReference(child(THEN, node));
        }
        return found != null ? found : topLevelReference(child(ELSE, node));
      }
      case "block" -> {
        return first(children(EXPRESSIONS, node));
      }
      case "bind" -> {
        return topLevelReference(child(RHS, node));
      }
      default -> {
        return null;
      }
    }
  }

  private static String first(List<Symbol> nodes) {
    if (nodes != null) {
      for (Symbol node : nodes) {
        String found = topLevelReference(node);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The name of the function {@code node} applies, as jsonata-js names it in messages (without
   * the $), or null when {@code node} applies none.
   */
  static Object functionName(Symbol node) {
    if (node == null || !AVAILABLE) {
      return null;
    }
    String type = type(node);
    if ("apply".equals(type)) {
      return functionName(child(RHS, node));
    }
    if (!"function".equals(type) && !"partial".equals(type)) {
      return null;
    }
    Symbol procedure = child(PROCEDURE, node);
    if ("path".equals(type(procedure))) {
      List<Symbol> steps = children(STEPS, procedure);
      return steps == null || steps.isEmpty() ? null : value(steps.get(0));
    }
    return value(procedure);
  }

  /** The operator of a binary node, or null. */
  static Object operator(Symbol node) {
    return node != null && AVAILABLE && "binary".equals(type(node)) ? value(node) : null;
  }
}
