package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Pass state in a JSONata state: it offers {@code Output} (and {@code Arguments} where
 * the state has them) and none of the five JSONPath fields. Obtained from {@link PassStep} by
 * calling a JSONata-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * pass("Defaults").output(jsonata("$merge([$states.input, {'currency': 'EUR'}])"));
 * }</pre>
 */
@CheckReturnValue
public interface JsonataPass extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonataPass comment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonataPass assign(Payload assign);

  /** {@code Output} (JSONata): the state output, built from a template. */
  JsonataPass output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  JsonataPass output(Jsonata output);
}
