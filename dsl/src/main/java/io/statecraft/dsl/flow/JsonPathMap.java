package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.ItemsPath;
import io.statecraft.dsl.payload.RecordPath;
import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.map.Batching;
import io.statecraft.dsl.map.ItemSource;
import io.statecraft.dsl.map.ResultSink;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Map state in a JSONPath state: it offers the JSONPath fields ({@code InputPath}, {@code
 * ResultPath}, ...) and not the JSONata ones. Obtained from {@link MapStep} by calling a JSONPath-
 * only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * map("Ship items", task("Ship", lambdaInvoke("ship")))
 *     .itemsPath("$.items")
 *     .maxConcurrency(10);
 * }</pre>
 */
@CheckReturnValue
public interface JsonPathMap extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonPathMap comment(String comment);

  /**
   * {@code ItemSelector}: the input of each iteration, built from the item ({@code
   * $$.Map.Item.Value}).
   */
  JsonPathMap itemSelector(Payload selector);

  /** {@code MaxConcurrency}: iterations run at once; 0 means as many as possible. */
  JsonPathMap maxConcurrency(int limit);

  /** {@code MaxConcurrency} as a JSONata expression or a {@code ${...}} placeholder. */
  JsonPathMap maxConcurrency(String expression);

  /** {@code ItemReader}: read the items from S3 (distributed mode). */
  JsonPathMap itemReader(ItemSource source);

  /** {@code ItemBatcher}: hand items to each child execution in batches (distributed mode). */
  JsonPathMap itemBatcher(Batching batching);

  /** {@code ResultWriter}: write the results of child executions to S3 (distributed mode). */
  JsonPathMap resultWriter(ResultSink sink);

  /**
   * {@code ToleratedFailurePercentage}: the share of failed items (0 to 100) that does not fail
   * the Map.
   */
  JsonPathMap toleratedFailurePercentage(double percentage);

  /** {@code ToleratedFailurePercentage} as a JSONata expression or a {@code ${...}} placeholder. */
  JsonPathMap toleratedFailurePercentage(String expression);

  /** {@code ToleratedFailureCount}: how many items may fail without failing the Map. */
  JsonPathMap toleratedFailureCount(int count);

  /** {@code ToleratedFailureCount} as a JSONata expression or a {@code ${...}} placeholder. */
  JsonPathMap toleratedFailureCount(String expression);

  /** {@code Label}: the name of the map run in the console (distributed mode). */
  JsonPathMap label(String label);

  /** Runs iterations as STANDARD child executions ({@code "Mode": "DISTRIBUTED"}). */
  JsonPathMap distributedStandard();

  /** Runs iterations as EXPRESS child executions ({@code "Mode": "DISTRIBUTED"}). */
  JsonPathMap distributedExpress();

  /**
   * Writes the item processor under its earlier name, {@code Iterator}, as older definitions do;
   * AWS runs both alike: {@code map("Each", flow).legacyIterator()}.
   */
  JsonPathMap legacyIterator();

  /**
   * The {@code Comment} of the item processor (or legacy {@code Iterator}), not of the Map state:
   * {@code map("Each", flow).processorComment("Ships one line item")}.
   */
  JsonPathMap processorComment(String comment);

  /**
   * {@code Parameters}: the earlier name of {@link #itemSelector}, as older definitions write it:
   * {@code map("Each", flow).legacyParameters(payload().put("item", Context.MAP_ITEM_VALUE))}.
   */
  JsonPathMap legacyParameters(Payload parameters);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonPathMap assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonPathMap retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  JsonPathMap catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  JsonPathMap catching(Catch errors, Flow handler);

  /** {@code InputPath} (JSONPath): the part of the input the state works on. */
  JsonPathMap inputPath(String path);

  /** {@code ItemsPath} (JSONPath): where the array of items is in the input. */
  JsonPathMap itemsPath(String path);

  /** {@code MaxConcurrencyPath} (JSONPath). */
  JsonPathMap maxConcurrencyPath(String path);

  /** {@code ToleratedFailurePercentagePath} (JSONPath). */
  JsonPathMap toleratedFailurePercentagePath(String path);

  /** {@code ToleratedFailureCountPath} (JSONPath). */
  JsonPathMap toleratedFailureCountPath(String path);

  /**
   * {@code ResultSelector} (JSONPath): the result, rebuilt from a template before ResultPath
   * applies.
   */
  JsonPathMap resultSelector(Payload selector);

  /** {@code ResultPath} (JSONPath): where the result goes in the input. */
  JsonPathMap resultPath(String path);

  /** {@code "ResultPath": null} (JSONPath): pass the input on unchanged, dropping the result. */
  JsonPathMap discardResult();

  /** {@code OutputPath} (JSONPath): the part of the result passed on. */
  JsonPathMap outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  JsonPathMap ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  JsonPathMap discardOutput();

  /** {@link #inputPath(String)} with a path written against a record: {@code inputPath(path(Order::customer))}. */
  default JsonPathMap inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /** {@link #resultPath(String)} with a path written against a record, so the result lands where the record that reads it expects: {@code resultPath(path(Receipt::charge))}. */
  default JsonPathMap resultPath(JsonPath path) {
    return resultPath(path.expression());
  }

  /** {@link #outputPath(String)} with a path written against a record. */
  default JsonPathMap outputPath(JsonPath path) {
    return outputPath(path.expression());
  }

  /** {@link #itemsPath(String)} with a path written against a record: {@code itemsPath(path(Batch::records))}. */
  default JsonPathMap itemsPath(JsonPath path) {
    return itemsPath(path.expression());
  }

  /**
   * {@link #itemsPath(String)} from a list or set component of a record, so a path to anything
   * but a list does not compile: {@code itemsPath(Paths.of(Batch::records))}.
   */
  default JsonPathMap itemsPath(ItemsPath<?> items) {
    return itemsPath(items.expression());
  }

  /**
   * {@link #maxConcurrencyPath(String)} read from a number component of a record:
   * {@code maxConcurrencyPath(Paths.of(Batch::parallelism))}.
   */
  default JsonPathMap maxConcurrencyPath(RecordPath<? extends Number> limit) {
    return maxConcurrencyPath(limit.expression());
  }

  /** {@link #toleratedFailurePercentagePath(String)} read from a number component of a record. */
  default JsonPathMap toleratedFailurePercentagePath(RecordPath<? extends Number> percentage) {
    return toleratedFailurePercentagePath(percentage.expression());
  }

  /** {@link #toleratedFailureCountPath(String)} read from a number component of a record. */
  default JsonPathMap toleratedFailureCountPath(RecordPath<? extends Number> count) {
    return toleratedFailureCountPath(count.expression());
  }
}
