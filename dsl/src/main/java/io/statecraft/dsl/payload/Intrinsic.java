package io.statecraft.dsl.payload;

import java.util.List;
import java.util.Objects;

/**
 * A call of one of the 18 intrinsic functions of JSONPath states, e.g.
 * {@code States.Format('Hello {}', $.name)}. Built with the functions of
 * {@link io.statecraft.dsl.Steps}; calls nest, and string arguments are quoted and escaped for you.
 *
 * <pre>{@code
 * Intrinsic hello = format("Hello {}, order {}", path("$.name"), path("$.order.id"));
 * hello.text(); // States.Format('Hello {}, order {}', $.name, $.order.id)
 * payload().put("greeting", hello); // {"greeting.$": "States.Format(...)"}
 * }</pre>
 *
 * @param function the function name, e.g. {@code States.Format}
 * @param arguments the arguments as rendered in ASL
 */
public record Intrinsic(String function, List<String> arguments) implements Expression {

  public Intrinsic {
    Objects.requireNonNull(function, "function == null");
    arguments = List.copyOf(arguments);
  }

  /** {@code States.Name(arg, ...)}. */
  @Override
  public String text() {
    return function + "(" + String.join(", ", arguments) + ")";
  }

  @Override
  public String toString() {
    return text();
  }
}
