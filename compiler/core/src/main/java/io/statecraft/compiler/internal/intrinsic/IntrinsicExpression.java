package io.statecraft.compiler.internal.intrinsic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A parsed intrinsic function call, such as {@code States.Format('Hello, {}', $.name)}: immutable
 * and safe to share between threads. Parse once when a definition loads, evaluate per execution.
 *
 * <pre>{@code
 * IntrinsicExpression greeting = IntrinsicFunctions.parse("States.Format('Hello, {}', $.name)");
 * greeting.problems();          // [] : nothing that fails whatever the input
 * greeting.paths();             // [$.name]
 * JsonNode hello = greeting.evaluate(path -> resolve(path, input)); // "Hello, Arnav"
 * }</pre>
 *
 * <p>Evaluation never changes the nodes the resolver returns; the result may share them (for
 * example the element States.ArrayGetItem picks), so treat it as read-only too.
 */
public final class IntrinsicExpression {

  private final String text;
  private final Node.Call root;
  private final List<String> problems;
  private final List<String> paths;

  IntrinsicExpression(String text, Node.Call root) {
    this.text = text;
    this.root = root;
    this.problems = Checker.problems(text, root);
    List<String> found = new ArrayList<>();
    collectPaths(root, found);
    this.paths = List.copyOf(found);
  }

  /** The expression as written. */
  public String text() {
    return text;
  }

  /** The name of the outermost function, e.g. {@code States.Format}. */
  public String function() {
    return root.name();
  }

  /**
   * What makes this call fail whatever the input, one message per problem, empty when there is
   * none: an unknown function name, a wrong number of arguments, a literal argument (or a nested
   * call's result) of the wrong type, a literal value AWS refuses (a hash algorithm it does not
   * know, a States.Format template whose placeholders do not match its values, a range of more
   * than 1000 elements, ...), more than the 10 calls AWS documents as the limit of one field. AWS
   * refuses an unknown name at deploy time; the literal-value problems it accepts at deploy time
   * and then fails every execution that reaches the state.
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Every path among the arguments, nested calls included, as written and in order: input paths
   * ({@code $.a}), context paths ({@code $$.Execution.Id}) and variables ({@code $name.field}).
   */
  public List<String> paths() {
    return paths;
  }

  /**
   * Evaluates the call, drawing States.UUID and unseeded States.MathRandom from the current
   * thread's {@link ThreadLocalRandom}.
   *
   * @param resolver the value at a path (see {@link #paths()}); it throws its own exception for a
   *     path that does not resolve, which propagates unchanged
   * @throws IntrinsicFailureException when a function fails on the values it is given
   */
  public JsonNode evaluate(Function<String, JsonNode> resolver) {
    return evaluate(resolver, ThreadLocalRandom.current());
  }

  /**
   * Evaluates the call, drawing States.UUID and unseeded States.MathRandom from {@code random}
   * (seed it for repeatable executions).
   *
   * @throws IntrinsicFailureException when a function fails on the values it is given
   */
  public JsonNode evaluate(Function<String, JsonNode> resolver, RandomGenerator random) {
    java.util.Objects.requireNonNull(resolver, "resolver == null");
    java.util.Objects.requireNonNull(random, "random == null");
    return new Evaluator(resolver, random).evaluate(root);
  }

  /**
   * This call with each path argument bound to the reader {@code readers} gives for it (called
   * once per distinct place a path is written): evaluating the bound form reads each path
   * directly, rather than through a resolver that looks it up by its text on every call.
   *
   * @throws IllegalArgumentException when {@code readers} gives no reader for a path
   */
  public <I, S> BoundExpression<I, S> bind(
      Function<String, BoundExpression.Reader<I, S>> readers) {
    return BoundExpression.of(text, root, readers);
  }

  private static void collectPaths(Node node, List<String> found) {
    if (node instanceof Node.Reference reference) {
      found.add(reference.path());
    } else if (node instanceof Node.Call call) {
      call.arguments().forEach(argument -> collectPaths(argument, found));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntrinsicExpression that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
