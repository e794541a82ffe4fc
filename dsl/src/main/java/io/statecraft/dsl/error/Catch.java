package io.statecraft.dsl.error;

import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Which errors a {@code Catch} entry matches and how the error output is placed: with
 * {@link #resultPath} in JSONPath states, with {@link #output} (and {@link #assign}) in JSONata
 * states. The handler is given where the catcher is attached. Immutable.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge"))
 *     .catching(errors("Payment.Declined").resultPath("$.error"), notifyCustomer)
 *     .catchAll(refund);
 * }</pre>
 *
 * <p>Catchers are created by {@link io.statecraft.dsl.Steps#errors}; do not implement this
 * interface.
 */
public interface Catch {

  /** {@code ResultPath} (JSONPath states): where the error output goes in the state input. */
  Catch resultPath(String path);

  /** {@code "ResultPath": null} (JSONPath states): the handler gets the state input unchanged. */
  Catch discardResult();

  /** {@code Output} (JSONata states): the handler's input, computed from the error output. */
  Catch output(Payload output);

  /**
   * {@code Output} (JSONata states) as one expression, e.g.
   * {@code jsonata("$states.errorOutput")}.
   */
  Catch output(Jsonata output);

  /** {@code Assign}: variables to set when this catcher is taken. */
  Catch assign(Payload assign);

  /** {@code Comment} of this catcher. */
  Catch comment(String comment);

  /** {@link #resultPath(String)} with a path written against a record: {@code resultPath(path(Failed::error))}. */
  default Catch resultPath(JsonPath path) {
    return resultPath(path.expression());
  }
}
