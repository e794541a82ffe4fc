package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Wait state; how long it waits is given to {@link io.statecraft.dsl.Steps#waitFor} or
 * {@link io.statecraft.dsl.Steps#waitUntil}. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * waitFor("Cool down", Duration.ofMinutes(5)).comment("let the cache expire")
 *     .next(task("Retry", lambdaInvoke("retry")));
 * }</pre>
 */
@CheckReturnValue
public interface WaitStep extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  WaitStep comment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  WaitStep assign(Payload assign);

  /** {@code InputPath} (JSONPath): the part of the input the state works on. */
  WaitStep inputPath(String path);

  /** {@code OutputPath} (JSONPath): the part of the input passed on. */
  WaitStep outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  WaitStep ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  WaitStep discardOutput();

  /** {@code Output} (JSONata): the state output, built from a template. */
  WaitStep output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  WaitStep output(Jsonata output);

  /**
   * {@link #inputPath(String)} with a path written against a record:
   * {@code inputPath(path(Order::customer))}.
   */
  default WaitStep inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /**
   * {@link #outputPath(String)} with a path written against a record:
   * {@code outputPath(path(Receipt::charge))}.
   */
  default WaitStep outputPath(JsonPath path) {
    return outputPath(path.expression());
  }
}
