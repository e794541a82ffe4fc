package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.map.Batching;
import io.statecraft.dsl.map.ItemSource;
import io.statecraft.dsl.map.ResultSink;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Map state whose query language is not fixed yet. Calling a JSONPath-only method (such as
 * {@code inputPath}) returns a {@link JsonPathMap}, a JSONata-only one (such as {@code output}) a
 * {@link JsonataMap}: neither offers the other language's fields. Until then it is both, inheriting
 * each language's own methods from those two interfaces; it declares only the methods that leave
 * the language open. A state that uses neither takes the state machine's language. Immutable: every
 * call returns a new builder.
 *
 * <pre>{@code
 * map("Ship items", task("Ship", lambdaInvoke("ship")))
 *     .itemsPath("$.items")
 *     .maxConcurrency(10);
 * }</pre>
 */
@CheckReturnValue
public interface MapStep extends JsonPathMap, JsonataMap {

  /** {@code Comment}: a note for readers of the definition. */
  MapStep comment(String comment);

  /**
   * {@code ItemSelector}: the input of each iteration, built from the item ({@code
   * $$.Map.Item.Value}).
   */
  MapStep itemSelector(Payload selector);

  /** {@code MaxConcurrency}: iterations run at once; 0 means as many as possible. */
  MapStep maxConcurrency(int limit);

  /** {@code MaxConcurrency} as a JSONata expression or a {@code ${...}} placeholder. */
  MapStep maxConcurrency(String expression);

  /** {@code ItemReader}: read the items from S3 (distributed mode). */
  MapStep itemReader(ItemSource source);

  /** {@code ItemBatcher}: hand items to each child execution in batches (distributed mode). */
  MapStep itemBatcher(Batching batching);

  /** {@code ResultWriter}: write the results of child executions to S3 (distributed mode). */
  MapStep resultWriter(ResultSink sink);

  /**
   * {@code ToleratedFailurePercentage}: the share of failed items (0 to 100) that does not fail
   * the Map.
   */
  MapStep toleratedFailurePercentage(double percentage);

  /** {@code ToleratedFailurePercentage} as a JSONata expression or a {@code ${...}} placeholder. */
  MapStep toleratedFailurePercentage(String expression);

  /** {@code ToleratedFailureCount}: how many items may fail without failing the Map. */
  MapStep toleratedFailureCount(int count);

  /** {@code ToleratedFailureCount} as a JSONata expression or a {@code ${...}} placeholder. */
  MapStep toleratedFailureCount(String expression);

  /** {@code Label}: the name of the map run in the console (distributed mode). */
  MapStep label(String label);

  /** Runs iterations as STANDARD child executions ({@code "Mode": "DISTRIBUTED"}). */
  MapStep distributedStandard();

  /** Runs iterations as EXPRESS child executions ({@code "Mode": "DISTRIBUTED"}). */
  MapStep distributedExpress();

  /**
   * Writes the item processor under its earlier name, {@code Iterator}, as older definitions do;
   * AWS runs both alike: {@code map("Each", flow).legacyIterator()}.
   */
  MapStep legacyIterator();

  /**
   * The {@code Comment} of the item processor (or legacy {@code Iterator}), not of the Map state:
   * {@code map("Each", flow).processorComment("Ships one line item")}.
   */
  MapStep processorComment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  MapStep assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  MapStep retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  MapStep catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  MapStep catching(Catch errors, Flow handler);
}
