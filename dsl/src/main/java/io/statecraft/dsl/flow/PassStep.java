package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Pass state whose query language is not fixed yet. Calling a JSONPath-only method (such
 * as {@code inputPath}) returns a {@link JsonPathPass}, a JSONata-only one (such as {@code output})
 * a {@link JsonataPass}: neither offers the other language's fields. Until then it is both,
 * inheriting each language's own methods from those two interfaces; it declares only the methods
 * that leave the language open. A state that uses neither takes the state machine's language.
 * Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * pass("Defaults").result(json("""{"currency": "EUR"}""")).resultPath("$.defaults");
 * }</pre>
 */
@CheckReturnValue
public interface PassStep extends JsonPathPass, JsonataPass {

  /** {@code Comment}: a note for readers of the definition. */
  PassStep comment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  PassStep assign(Payload assign);
}
