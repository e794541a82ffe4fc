package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Intrinsic;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Jsonata;

/**
 * Builds a Fail state: it ends the execution with an error name and a cause, so it has no
 * {@code next}. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * Flow declined = fail("Payment declined").error("Payment.Declined").cause("card refused");
 * Flow rethrow = fail("Failed").errorPath(path("$.error.Error")).causePath(path("$.error.Cause"));
 * }</pre>
 */
@CheckReturnValue
public interface FailStep extends Flow {

  /** {@code Comment}: a note for readers of the definition. */
  FailStep comment(String comment);

  /** {@code Error}: the error name, e.g. {@code Payment.Declined}. */
  FailStep error(String error);

  /** {@code Error} (JSONata) computed by an expression. */
  FailStep error(Jsonata error);

  /** {@code ErrorPath} (JSONPath): the error name, read from the input. */
  FailStep errorPath(JsonPath path);

  /** {@code ErrorPath} (JSONPath): the error name, computed by an intrinsic function. */
  FailStep errorPath(Intrinsic function);

  /** {@code Cause}: a human-readable description. */
  FailStep cause(String cause);

  /** {@code Cause} (JSONata) computed by an expression. */
  FailStep cause(Jsonata cause);

  /** {@code CausePath} (JSONPath): the cause, read from the input. */
  FailStep causePath(JsonPath path);

  /** {@code CausePath} (JSONPath): the cause, computed by an intrinsic function. */
  FailStep causePath(Intrinsic function);
}
