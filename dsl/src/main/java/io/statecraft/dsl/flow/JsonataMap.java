package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.map.Batching;
import io.statecraft.dsl.map.ItemSource;
import io.statecraft.dsl.map.ResultSink;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Map state in a JSONata state: it offers {@code Output} (and {@code Arguments} where the
 * state has them) and none of the five JSONPath fields. Obtained from {@link MapStep} by calling a
 * JSONata-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * map("Ship items", task("Ship", lambdaInvoke("ship")))
 *     .items(jsonata("$states.input.items"))
 *     .output(jsonata("$count($states.result)"));
 * }</pre>
 */
@CheckReturnValue
public interface JsonataMap extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonataMap comment(String comment);

  /**
   * {@code ItemSelector}: the input of each iteration, built from the item ({@code
   * $$.Map.Item.Value}).
   */
  JsonataMap itemSelector(Payload selector);

  /** {@code MaxConcurrency}: iterations run at once; 0 means as many as possible. */
  JsonataMap maxConcurrency(int limit);

  /** {@code MaxConcurrency} as a JSONata expression or a {@code ${...}} placeholder. */
  JsonataMap maxConcurrency(String expression);

  /** {@code ItemReader}: read the items from S3 (distributed mode). */
  JsonataMap itemReader(ItemSource source);

  /** {@code ItemBatcher}: hand items to each child execution in batches (distributed mode). */
  JsonataMap itemBatcher(Batching batching);

  /** {@code ResultWriter}: write the results of child executions to S3 (distributed mode). */
  JsonataMap resultWriter(ResultSink sink);

  /**
   * {@code ToleratedFailurePercentage}: the share of failed items (0 to 100) that does not fail
   * the Map.
   */
  JsonataMap toleratedFailurePercentage(double percentage);

  /** {@code ToleratedFailurePercentage} as a JSONata expression or a {@code ${...}} placeholder. */
  JsonataMap toleratedFailurePercentage(String expression);

  /** {@code ToleratedFailureCount}: how many items may fail without failing the Map. */
  JsonataMap toleratedFailureCount(int count);

  /** {@code ToleratedFailureCount} as a JSONata expression or a {@code ${...}} placeholder. */
  JsonataMap toleratedFailureCount(String expression);

  /** {@code Label}: the name of the map run in the console (distributed mode). */
  JsonataMap label(String label);

  /** Runs iterations as STANDARD child executions ({@code "Mode": "DISTRIBUTED"}). */
  JsonataMap distributedStandard();

  /** Runs iterations as EXPRESS child executions ({@code "Mode": "DISTRIBUTED"}). */
  JsonataMap distributedExpress();

  /**
   * Writes the item processor under its earlier name, {@code Iterator}, as older definitions do;
   * AWS runs both alike: {@code map("Each", flow).legacyIterator()}.
   */
  JsonataMap legacyIterator();

  /**
   * The {@code Comment} of the item processor (or legacy {@code Iterator}), not of the Map state:
   * {@code map("Each", flow).processorComment("Ships one line item")}.
   */
  JsonataMap processorComment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonataMap assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonataMap retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  JsonataMap catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  JsonataMap catching(Catch errors, Flow handler);

  /** {@code Items} (JSONata): the array of items, computed. */
  JsonataMap items(Jsonata items);

  /** {@code Items} (JSONata): a literal array of items, e.g. {@code json("[1, 2, 3]")}. */
  JsonataMap items(Payload items);

  /** {@code Output} (JSONata): the state output, built from a template. */
  JsonataMap output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  JsonataMap output(Jsonata output);
}
