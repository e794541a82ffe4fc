package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Parallel state in a JSONata state: it offers {@code Output} (and {@code Arguments}
 * where the state has them) and none of the five JSONPath fields. Obtained from {@link
 * ParallelStep} by calling a JSONata-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * parallel("Enrich", lookupCustomer, lookupStock)
 *     .output(jsonata("{'customer': $states.result[0], 'stock': $states.result[1]}"));
 * }</pre>
 */
@CheckReturnValue
public interface JsonataParallel extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonataParallel comment(String comment);

  /** Adds a branch, run in parallel with the others; its states form a scope of their own. */
  JsonataParallel branch(Flow branch);

  /**
   * Adds a branch with a {@code Comment} of its own: {@code .branch("Bill the customer", bill)}.
   */
  JsonataParallel branch(String comment, Flow branch);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonataParallel assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonataParallel retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  JsonataParallel catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  JsonataParallel catching(Catch errors, Flow handler);

  /** {@code Arguments} (JSONata): the input given to the branches. */
  JsonataParallel arguments(Payload arguments);

  /** {@code Arguments} (JSONata) as one expression. */
  JsonataParallel arguments(Jsonata arguments);

  /** {@code Output} (JSONata): the state output, built from a template. */
  JsonataParallel output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  JsonataParallel output(Jsonata output);
}
