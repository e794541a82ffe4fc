package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Succeed state: it ends its scope (the execution, a Parallel branch or a Map iteration)
 * successfully, so it has no {@code next}. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * Flow done = succeed("Order shipped").outputPath("$.shipment");
 * }</pre>
 */
@CheckReturnValue
public interface SucceedStep extends Flow {

  /** {@code Comment}: a note for readers of the definition. */
  SucceedStep comment(String comment);

  /** {@code InputPath} (JSONPath). */
  SucceedStep inputPath(String path);

  /** {@code OutputPath} (JSONPath). */
  SucceedStep outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  SucceedStep ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  SucceedStep discardOutput();

  /** {@code Output} (JSONata): the final output, built from a template. */
  SucceedStep output(Payload output);

  /** {@code Output} (JSONata): the final output, computed by an expression. */
  SucceedStep output(Jsonata output);

  /**
   * {@link #inputPath(String)} with a path written against a record:
   * {@code inputPath(path(Order::customer))}.
   */
  default SucceedStep inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /**
   * {@link #outputPath(String)} with a path written against a record:
   * {@code outputPath(path(Receipt::charge))}.
   */
  default SucceedStep outputPath(JsonPath path) {
    return outputPath(path.expression());
  }
}
