package io.statecraft.compiler.internal.intrinsic;

import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * An {@link IntrinsicExpression} whose path arguments are bound, once, to readers the caller
 * compiled: evaluating it walks a tree of arrays and calls each reader directly, with no
 * resolver to look paths up by their text. A runtime evaluates a state's intrinsic on every
 * visit, mostly before the JIT has compiled the way; this is the short way.
 *
 * <pre>{@code
 * BoundExpression<Input, Scope> next = IntrinsicFunctions.parse("States.MathAdd($.i, 1)")
 *     .bind(path -> compiledPaths.get(path));
 * JsonNode i = next.evaluate(input, scope, random);
 * }</pre>
 *
 * @param <I> what a reader reads from (a state's input)
 * @param <S> what else it needs (the execution's context and variables)
 */
public final class BoundExpression<I, S> {

  /** Reads the value of one path argument. */
  @FunctionalInterface
  public interface Reader<I, S> {
    /** The value; never Java null (JSON null is a node). Throws its own exception on no match. */
    JsonNode read(I input, S scope);
  }

  /** One argument or call, evaluated by a class call rather than a type test per node. */
  private abstract static class Part<I, S> {
    abstract JsonNode evaluate(I input, S scope, RandomGenerator random);
  }

  private static final class Literal<I, S> extends Part<I, S> {
    private final JsonNode value;

    Literal(JsonNode value) {
      this.value = value;
    }

    @Override
    JsonNode evaluate(I input, S scope, RandomGenerator random) {
      return value;
    }
  }

  private static final class Path<I, S> extends Part<I, S> {
    private final String path;
    private final Reader<I, S> reader;

    Path(String path, Reader<I, S> reader) {
      this.path = path;
      this.reader = reader;
    }

    @Override
    JsonNode evaluate(I input, S scope, RandomGenerator random) {
      JsonNode value = reader.read(input, scope);
      if (value == null) {
        throw new IllegalStateException("the reader of " + path + " returned Java null; it must"
            + " return a JsonNode (NullNode for JSON null) or throw");
      }
      return value;
    }
  }

  private static final class Call<I, S> extends Part<I, S> {
    private final Node.Call call;
    private final Part<I, S>[] arguments;

    Call(Node.Call call, Part<I, S>[] arguments) {
      this.call = call;
      this.arguments = arguments;
    }

    @Override
    JsonNode evaluate(I input, S scope, RandomGenerator random) {
      // The same checks, in the same order, as the unbound evaluation: a definition that the
      // validator warned about fails the same way when a run reaches it.
      Function function = call.function();
      if (function == null) {
        throw new IntrinsicFailureException(call.name(),
            call.name() + " is not one of the intrinsic functions AWS defines");
      }
      if (!function.acceptsArgumentCount(arguments.length)) {
        throw new IntrinsicFailureException(function.functionName(), function.functionName()
            + " " + function.arity() + ", was given " + arguments.length);
      }
      JsonNode[] values = new JsonNode[arguments.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = arguments[i].evaluate(input, scope, random);
      }
      return function.apply(new Invocation(function, values, call.template(), random));
    }
  }

  private final String text;
  private final Part<I, S> root;

  private BoundExpression(String text, Part<I, S> root) {
    this.text = text;
    this.root = root;
  }

  static <I, S> BoundExpression<I, S> of(String text, Node.Call root,
      java.util.function.Function<String, Reader<I, S>> readers) {
    return new BoundExpression<>(text, part(root, readers));
  }

  @SuppressWarnings("unchecked")
  private static <I, S> Part<I, S> part(Node node,
      java.util.function.Function<String, Reader<I, S>> readers) {
    if (node instanceof Node.Literal literal) {
      return new Literal<>(literal.value());
    }
    if (node instanceof Node.Reference reference) {
      Reader<I, S> reader = readers.apply(reference.path());
      if (reader == null) {
        throw new IllegalArgumentException("no reader for the path " + reference.path());
      }
      return new Path<>(reference.path(), reader);
    }
    Node.Call call = (Node.Call) node;
    List<Node> arguments = call.arguments();
    Part<I, S>[] parts = new Part[arguments.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = part(arguments.get(i), readers);
    }
    return new Call<>(call, parts);
  }

  /** The expression as written. */
  public String text() {
    return text;
  }

  /**
   * Evaluates the call for {@code input} and {@code scope}, drawing States.UUID and unseeded
   * States.MathRandom from {@code random}.
   *
   * @throws IntrinsicFailureException when a function fails on the values it is given
   */
  public JsonNode evaluate(I input, S scope, RandomGenerator random) {
    return root.evaluate(input, scope, random);
  }

  @Override
  public String toString() {
    return text;
  }
}
