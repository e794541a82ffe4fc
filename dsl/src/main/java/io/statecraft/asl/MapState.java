package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.map.ResultWriter;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code "Type": "Map"}: runs its item processor once for each item of an array (inline) or of a
 * data set read from S3 (distributed); its result is the array of the iterations' outputs.
 *
 * @param itemsPath {@code ItemsPath} (JSONPath), or null
 * @param items {@code Items} (JSONata: an array or an expression), or null
 * @param itemSelector {@code ItemSelector}, or null
 * @param parameters the legacy {@code Parameters} (the earlier name of ItemSelector), or null
 * @param itemProcessor {@code ItemProcessor}, or null when the legacy {@code Iterator} is used
 * @param iterator the legacy {@code Iterator}, or null
 * @param label {@code Label} of a distributed Map's map run, or null
 */
public record MapState(
    String comment,
    QueryLanguage queryLanguage,
    Path inputPath,
    String itemsPath,
    JsonNode items,
    ItemReader itemReader,
    JsonNode itemSelector,
    JsonNode parameters,
    ItemBatcher itemBatcher,
    ItemProcessor itemProcessor,
    ItemProcessor iterator,
    NumberOrExpression maxConcurrency,
    String maxConcurrencyPath,
    NumberOrExpression toleratedFailurePercentage,
    String toleratedFailurePercentagePath,
    NumberOrExpression toleratedFailureCount,
    String toleratedFailureCountPath,
    String label,
    ResultWriter resultWriter,
    JsonNode resultSelector,
    Path resultPath,
    Path outputPath,
    JsonNode output,
    JsonNode assign,
    List<Retrier> retry,
    List<Catcher> catchers,
    String next,
    boolean end)
    implements State, Transitioning, ErrorHandling {

  public MapState {
    items = Copies.copy(items);
    itemSelector = Copies.copy(itemSelector);
    parameters = Copies.copy(parameters);
    resultSelector = Copies.copy(resultSelector);
    output = Copies.copy(output);
    assign = Copies.copy(assign);
    retry = Copies.list(retry);
    catchers = Copies.list(catchers);
  }

  /** What runs for each item: the ItemProcessor, else the legacy Iterator; null when neither. */
  public ItemProcessor processor() {
    return itemProcessor != null ? itemProcessor : iterator;
  }

  /** Whether iterations run as child executions. */
  public boolean isDistributed() {
    ItemProcessor processor = processor();
    return processor != null && processor.mode() == ProcessorConfig.Mode.DISTRIBUTED;
  }
}
