package io.statecraft.dsl;

/**
 * Builds a Parallel state in a JSONata state: it offers {@code Output} (and {@code Arguments} where the
 * state has them) and none of the five JSONPath fields. Obtained from {@link ParallelStep} by calling
 * a JSONata-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * parallel("Enrich", lookupCustomer, lookupStock)
 *     .resultSelector(payload().put("customer", path("$[0]")).put("stock", path("$[1]"))).output(jsonata("$states.result"));
 * }</pre>
 */
@CheckReturnValue
public interface JsonataParallel extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonataParallel comment(String comment);

  /** Adds a branch, run in parallel with the others; its states form a scope of their own. */
  JsonataParallel branch(Flow branch);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonataParallel assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonataParallel retry(Retry retry);

  /** Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}. */
  JsonataParallel catchAll(Flow handler);

  /** Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added. */
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
