package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Parallel state in a JSONPath state: it offers the JSONPath fields ({@code InputPath},
 * {@code ResultPath}, ...) and not the JSONata ones. Obtained from {@link ParallelStep} by calling
 * a JSONPath-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * parallel("Enrich", lookupCustomer, lookupStock)
 *     .resultSelector(payload().put("customer", path("$[0]")).put("stock", path("$[1]")));
 * }</pre>
 */
@CheckReturnValue
public interface JsonPathParallel extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonPathParallel comment(String comment);

  /** Adds a branch, run in parallel with the others; its states form a scope of their own. */
  JsonPathParallel branch(Flow branch);

  /**
   * Adds a branch with a {@code Comment} of its own: {@code .branch("Bill the customer", bill)}.
   */
  JsonPathParallel branch(String comment, Flow branch);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonPathParallel assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonPathParallel retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  JsonPathParallel catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  JsonPathParallel catching(Catch errors, Flow handler);

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

  /** {@link #inputPath(String)} with a path written against a record: {@code inputPath(path(Order::customer))}. */
  default JsonPathParallel inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /** {@link #resultPath(String)} with a path written against a record, so the result lands where the record that reads it expects: {@code resultPath(path(Receipt::charge))}. */
  default JsonPathParallel resultPath(JsonPath path) {
    return resultPath(path.expression());
  }

  /** {@link #outputPath(String)} with a path written against a record. */
  default JsonPathParallel outputPath(JsonPath path) {
    return outputPath(path.expression());
  }
}
