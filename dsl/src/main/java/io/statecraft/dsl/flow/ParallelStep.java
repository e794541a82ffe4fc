package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Parallel state whose query language is not fixed yet. Calling a JSONPath-only method
 * (such as {@code inputPath}) returns a {@link JsonPathParallel}, a JSONata-only one (such as
 * {@code output}) a {@link JsonataParallel}: neither offers the other language's fields. A state
 * that uses neither takes the state machine's language. Immutable: every call returns a new
 * builder.
 *
 * <pre>{@code
 * parallel("Enrich", lookupCustomer, lookupStock)
 *     .resultSelector(payload().put("customer", path("$[0]")).put("stock", path("$[1]")));
 * }</pre>
 */
@CheckReturnValue
public interface ParallelStep extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  ParallelStep comment(String comment);

  /** Adds a branch, run in parallel with the others; its states form a scope of their own. */
  ParallelStep branch(Flow branch);

  /**
   * Adds a branch with a {@code Comment} of its own: {@code .branch("Bill the customer", bill)}.
   */
  ParallelStep branch(String comment, Flow branch);

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

  /** {@code InputPath} (JSONPath): the part of the input the state works on. */
  JsonPathParallel inputPath(String path);

  /** {@code Parameters} (JSONPath): the input, rebuilt from a template. */
  JsonPathParallel parameters(Payload parameters);

  /**
   * {@code ResultSelector} (JSONPath): the result, rebuilt from a template before ResultPath
   * applies.
   */
  JsonPathParallel resultSelector(Payload selector);

  /** {@code ResultPath} (JSONPath): where the result goes in the input. */
  JsonPathParallel resultPath(String path);

  /** {@code "ResultPath": null} (JSONPath): pass the input on unchanged, dropping the result. */
  JsonPathParallel discardResult();

  /** {@code OutputPath} (JSONPath): the part of the result passed on. */
  JsonPathParallel outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  JsonPathParallel ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  JsonPathParallel discardOutput();

  /** {@code Arguments} (JSONata): the input given to the branches. */
  JsonataParallel arguments(Payload arguments);

  /** {@code Arguments} (JSONata) as one expression. */
  JsonataParallel arguments(Jsonata arguments);

  /** {@code Output} (JSONata): the state output, built from a template. */
  JsonataParallel output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  JsonataParallel output(Jsonata output);
}
