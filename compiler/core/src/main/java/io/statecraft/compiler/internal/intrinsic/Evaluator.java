package io.statecraft.compiler.internal.intrinsic;

import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/** Evaluates a parsed call: arguments left to right, innermost calls first. */
final class Evaluator {

  private final java.util.function.Function<String, JsonNode> resolver;
  private final RandomGenerator random;

  Evaluator(java.util.function.Function<String, JsonNode> resolver, RandomGenerator random) {
    this.resolver = resolver;
    this.random = random;
  }

  JsonNode evaluate(Node node) {
    if (node instanceof Node.Literal literal) {
      return literal.value();
    }
    if (node instanceof Node.Reference reference) {
      JsonNode value = resolver.apply(reference.path());
      if (value == null) {
        throw new IllegalStateException("the path resolver returned Java null for "
            + reference.path() + "; it must return a JsonNode (NullNode for JSON null) or throw");
      }
      return value;
    }
    Node.Call call = (Node.Call) node;
    Function function = call.function();
    if (function == null) {
      throw new IntrinsicFailureException(call.name(),
          call.name() + " is not one of the intrinsic functions AWS defines");
    }
    List<Node> arguments = call.arguments();
    if (!function.acceptsArgumentCount(arguments.size())) {
      throw new IntrinsicFailureException(function.functionName(), function.functionName() + " "
          + function.arity() + ", was given " + arguments.size());
    }
    // An array, indexed: this runs for every call of every state that has one, mostly before
    // the JIT has compiled it, where each iterator and checked List.get is a call of its own.
    int count = arguments.size();
    JsonNode[] values = new JsonNode[count];
    for (int i = 0; i < count; i++) {
      values[i] = evaluate(arguments.get(i));
    }
    return function.apply(new Invocation(function, values, call.template(), random));
  }
}
