package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Parallel state whose query language is not fixed yet. Calling a JSONPath-only method
 * (such as {@code inputPath}) returns a {@link JsonPathParallel}, a JSONata-only one (such as
 * {@code output}) a {@link JsonataParallel}: neither offers the other language's fields. Until then
 * it is both, inheriting each language's own methods from those two interfaces; it declares only
 * the methods that leave the language open, and takes more branches as a {@link ParallelStart}. A
 * state that uses neither takes the state machine's language. Immutable: every call returns a new
 * builder.
 *
 * <pre>{@code
 * parallel("Enrich", lookupCustomer, lookupStock)
 *     .resultSelector(payload().put("customer", path("$[0]")).put("stock", path("$[1]")));
 * }</pre>
 */
@CheckReturnValue
public interface ParallelStep extends ParallelStart, JsonPathParallel, JsonataParallel {

  /** {@code Comment}: a note for readers of the definition. */
  ParallelStep comment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  ParallelStep assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  ParallelStep retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  ParallelStep catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  ParallelStep catching(Catch errors, Flow handler);
}
