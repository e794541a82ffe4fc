package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.dashjoin.jsonata.Parser.Symbol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One {@code {% %}} expression of a JSONata state, parsed once when its definition loads and then
 * evaluated as AWS Step Functions evaluates it, as often as states reach it, from any number of
 * threads at once.
 *
 * <pre>{@code
 * JsonataExpression next = JsonataExpression.parse("{% $i + 1 %}");
 * JsonNode value = next.evaluate(new JsonataBindings() {
 *   public JsonNode input() { return stateInput; }
 *   public JsonNode context() { return contextObject; }
 *   public JsonNode variable(String name) { return name.equals("i") ? IntNode.valueOf(41) : null; }
 * }, JsonNodeFactory.instance);    // 42
 * }</pre>
 *
 * <p>What AWS offers is what an expression sees: {@code $states} ({@code input}, {@code context},
 * and {@code result} and {@code errorOutput} where they exist), the workflow variables as
 * {@code $name}, every JSONata 2.0.6 function but {@code $eval}, and AWS's own {@code $partition},
 * {@code $range}, {@code $hash}, {@code $random}, {@code $uuid} and {@code $parse}. Evaluation is
 * bounded as on AWS ({@link JsonataLimits#AWS}), and its errors are AWS's.
 */
public final class JsonataExpression {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private final String text;
  private final Jsonata jsonata;
  private final JsonataLimits limits;
  private final String[] variables;
  private final boolean readsStates;
  private final boolean needsEvaluation;
  /** The expression evaluated without the library where it is simple enough, else null. */
  private final Shortcut shortcut;

  private JsonataExpression(String text, Jsonata jsonata, JsonataLimits limits,
      Set<String> names) {
    this.text = text;
    this.jsonata = jsonata;
    this.shortcut = Shortcut.of(Ast.root(jsonata));
    this.limits = limits;
    this.readsStates = names.contains("states");
    List<String> variables = new ArrayList<>();
    boolean needsEvaluation = false;
    for (String name : names) {
      if (!name.equals("states")) {
        variables.add(name);
      }
      needsEvaluation |= AwsFunctions.NEED_EVALUATION.contains(name);
    }
    this.variables = variables.toArray(String[]::new);
    this.needsEvaluation = needsEvaluation;
  }

  /**
   * Whether a field value is a JSONata expression: a string that starts with {@code {%} and ends
   * with {@code %}}, nothing before or after. Any other string is a literal.
   */
  public static boolean isExpression(String fieldValue) {
    return fieldValue != null && fieldValue.length() >= 4 && fieldValue.startsWith("{%")
        && fieldValue.endsWith("%}");
  }

  /** Parses a field value with AWS's bounds; see {@link #parse(String, JsonataLimits)}. */
  public static JsonataExpression parse(String fieldValue) {
    return parse(fieldValue, JsonataLimits.AWS);
  }

  /**
   * Parses a field value, {@code {% expression %}}, and checks it as AWS does when it creates a
   * state machine.
   *
   * @throws JsonataSyntaxException when AWS would refuse the definition: the text is not framed
   *     by the delimiters or does not parse ({@value JsonataSyntaxException#INVALID}), or it reads
   *     the context it runs in, which Step Functions does not provide, as in {@code {% name %}}
   *     rather than {@code {% $states.input.name %}} ({@value JsonataSyntaxException#UNSUPPORTED})
   */
  public static JsonataExpression parse(String fieldValue, JsonataLimits limits) {
    return parseChecked(fieldValue, limits);
  }

  /**
   * The deepest nesting of parentheses, square and curly brackets an expression may have. AWS
   * documents none; real expressions nest a handful of levels.
   */
  public static final int MAX_BRACKET_DEPTH = 200;

  private static JsonataExpression parseChecked(String fieldValue, JsonataLimits limits) {
    Objects.requireNonNull(fieldValue, "fieldValue == null");
    Objects.requireNonNull(limits, "limits == null");
    if (!isExpression(fieldValue)) {
      throw new JsonataSyntaxException(JsonataSyntaxException.INVALID,
          "A JSONata expression must start with {% and end with %}", fieldValue, -1);
    }
    String text = fieldValue.substring(2, fieldValue.length() - 2).trim();
    int depth = Syntax.bracketDepth(text);
    if (depth > MAX_BRACKET_DEPTH) {
      // The library parses and evaluates by recursion, a few frames a level: whether a deeper
      // expression overflowed the stack depended on the thread and on what the JIT had compiled.
      throw new JsonataSyntaxException(JsonataSyntaxException.INVALID, "The expression is nested"
          + " too deeply: " + depth + " levels of brackets, the most Statecraft reads is "
          + MAX_BRACKET_DEPTH, text, -1);
    }
    Jsonata jsonata;
    try {
      // The library runs off the end of an expression that ends in a comment; jsonata-js does
      // not, and a line break after the comment is harmless.
      jsonata = Jsonata.jsonata(text.endsWith("*/") ? text + "\n" : text);
    } catch (JException e) {
      throw new JsonataSyntaxException(JsonataSyntaxException.INVALID, parseMessage(e, text), text,
          e.getLocation());
    } catch (RuntimeException | StackOverflowError e) {
      String reason;
      if (e instanceof StackOverflowError) {
        reason = "The expression is nested too deeply";
      } else if (Syntax.hasUnclosedComment(text)) {
        // The library runs off the end of the text here instead of raising S0106.
        reason = "Comment has no closing tag";
      } else {
        reason = Messages.parseMessage(e);
      }
      throw new JsonataSyntaxException(JsonataSyntaxException.INVALID, reason, text, -1);
    }
    int refused = Syntax.refusedOperator(text);
    if (refused >= 0) {
      // JSONata 2.0.6 reads "??" and "?:" as a "?" followed by an operand it cannot start with.
      char second = text.charAt(refused + 1) == '?' ? '?' : ':';
      throw new JsonataSyntaxException(JsonataSyntaxException.INVALID,
          "The symbol \"" + second + "\" cannot be used as a unary operator", text, refused + 1);
    }
    Symbol root = Ast.root(jsonata);
    String reference = Ast.topLevelReference(root);
    if (reference != null) {
      throw new JsonataSyntaxException(JsonataSyntaxException.UNSUPPORTED, reference, text, -1);
    }
    jsonata.setOutputConvertNulls(false);
    // Bindings are never the input document itself, so the library need not check their types.
    jsonata.setValidateInput(false);
    Set<String> names = Syntax.variableNames(text);
    AwsFunctions.register(jsonata, names);
    return new JsonataExpression(text, jsonata, limits, names);
  }

  private static String parseMessage(JException e, String text) {
    if ("S0102".equals(e.getError()) && e.getLocation() >= 0 && e.getLocation() <= text.length()) {
      // The library leaves out the number it could not read.
      Matcher number = NUMBER.matcher(text);
      if (number.find(e.getLocation())) {
        return "Number out of range: " + number.group();
      }
    }
    return Messages.parseMessage(e);
  }

  /** The expression as AWS quotes it in error causes: between the delimiters, trimmed. */
  public String text() {
    return text;
  }

  /**
   * Every name the expression writes after a {@code $}, other than {@code $states}: the workflow
   * variables it may read, and also the functions it calls and its lambdas' parameters.
   */
  public List<String> variables() {
    return List.of(variables);
  }

  /**
   * The fields of {@code $states} the expression reads by name ({@code input}, {@code context},
   * {@code result}, {@code errorOutput}), as in {@code $states.result.total}: what a validator
   * checks against the fields the expression's place in the definition provides.
   */
  public Set<String> statesFields() {
    return Collections.unmodifiableSet(Syntax.statesFields(text));
  }

  /**
   * Evaluates the expression.
   *
   * @param nodes makes the result's nodes; parts of the bindings' values that the result holds
   *     unchanged are returned as they are, not copied, so treat the result as read-only
   * @return the value, or null when the expression evaluates to nothing (undefined); AWS fails a
   *     field with {@link JsonataEvaluationException#returnedNothing} then
   * @throws JsonataEvaluationException when evaluation fails, when it exceeds AWS's bounds, or
   *     when the value is a function
   */
  public JsonNode evaluate(JsonataBindings bindings, JsonNodeFactory nodes) {
    Objects.requireNonNull(bindings, "bindings == null");
    Objects.requireNonNull(nodes, "nodes == null");
    if (shortcut != null) {
      JsonNode value = shortcut.evaluate(bindings, nodes);
      if (value != Shortcut.UNDECIDED) {
        return value;
      }
    }
    return evaluateWithLibrary(bindings, nodes);
  }

  /** Whether simple inputs are evaluated without the library (see {@link Shortcut}). */
  boolean hasShortcut() {
    return shortcut != null;
  }

  /** The value the library gives, whether or not the expression has a shortcut. */
  JsonNode evaluateWithLibrary(JsonataBindings bindings, JsonNodeFactory nodes) {
    Evaluation evaluation = new Evaluation(limits, bindings);
    Frame frame = jsonata.createFrame();
    frame.bind("__evaluate_entry", (Object) evaluation);
    frame.bind("__evaluate_exit", (Object) evaluation);
    for (String name : variables) {
      JsonNode value = bindings.variable(name);
      if (value != null) {
        frame.bind(name, Values.toJsonata(value));
      }
    }
    if (readsStates) {
      frame.bind("states", new States(bindings));
    }
    Evaluation previous = needsEvaluation ? evaluation.enter() : null;
    Object result;
    try {
      result = jsonata.evaluate(null, frame);
    } catch (JException e) {
      JsonNode nonFinite = nonFinite(e, evaluation, nodes);
      if (nonFinite != null) {
        return nonFinite;
      }
      throw failure(e, evaluation, bindings);
    } catch (RuntimeException e) {
      throw failure(e, evaluation, bindings);
    } catch (StackOverflowError e) {
      throw new JsonataEvaluationException(text,
          "threw an error during evaluation: " + Evaluation.STACK_OVERFLOW, null, e);
    } catch (OutOfMemoryError e) {
      throw new JsonataEvaluationException(text,
          "threw an error during evaluation: " + Evaluation.MEMORY, null, null);
    } finally {
      if (needsEvaluation) {
        Evaluation.leave(previous);
      }
    }
    if (Values.isFunction(result)) {
      throw JsonataEvaluationException.unsupportedResultType(text);
    }
    try {
      return Values.toJson(result, nodes);
    } catch (RuntimeException e) {
      throw failure(e, evaluation, bindings);
    }
  }

  /**
   * AWS's value for an arithmetic result that is not a finite number, which the library refuses
   * with D1001 instead of returning: the string JSON writers give it. Only when the expression's
   * own last operation made it; anywhere deeper, what was built around it is lost, and the
   * expression fails with D1001.
   */
  private static JsonNode nonFinite(JException e, Evaluation evaluation, JsonNodeFactory nodes) {
    if ("D1001".equals(e.getError()) && e.getCurrent() instanceof Number number
        && evaluation.failedAtRoot()) {
      return Values.numberNode(number.doubleValue(), nodes);
    }
    return null;
  }

  private JsonataEvaluationException failure(RuntimeException e, Evaluation evaluation,
      JsonataBindings bindings) {
    if (e instanceof Evaluation.Bound bound) {
      return new JsonataEvaluationException(text,
          "threw an error during evaluation: " + bound.reason(), null, null);
    }
    Messages.Rendered rendered = Messages.render(e, evaluation);
    if (rendered != null && rendered.code() != null) {
      return new JsonataEvaluationException(text, "threw an error during evaluation. "
          + rendered.code() + ": " + rendered.message(), rendered.code(), e);
    }
    // AWS reports a failure with no JSONata error behind it as an internal error, with an id.
    return new JsonataEvaluationException(text, "threw an internal error during evaluation. "
        + AwsFunctions.uuid(bindings.random()), null, e);
  }

  @Override
  public String toString() {
    return "{% " + text + " %}";
  }
}
