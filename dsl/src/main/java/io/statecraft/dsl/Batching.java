package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.value.NumberOrExpression;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a distributed Map groups items into batches for each child execution
 * ({@code ItemBatcher}). Immutable.
 *
 * <pre>{@code
 * map("Resize images", resize).distributedExpress()
 *     .itemBatcher(batching().maxItems(50).batchInput(payload().put("size", "small")));
 * }</pre>
 */
public final class Batching {

  private final NumberOrExpression maxItems;
  private final String maxItemsPath;
  private final NumberOrExpression maxInputBytes;
  private final String maxInputBytesPath;
  private final Payload batchInput;

  private Batching(NumberOrExpression maxItems, String maxItemsPath,
      NumberOrExpression maxInputBytes, String maxInputBytesPath, Payload batchInput) {
    this.maxItems = maxItems;
    this.maxItemsPath = maxItemsPath;
    this.maxInputBytes = maxInputBytes;
    this.maxInputBytesPath = maxInputBytesPath;
    this.batchInput = batchInput;
  }

  static Batching create() {
    return new Batching(null, null, null, null, null);
  }

  /** {@code MaxItemsPerBatch}. */
  public Batching maxItems(int limit) {
    return new Batching(Numbers.atLeast(limit, 1, "limit"), null, maxInputBytes,
        maxInputBytesPath, batchInput);
  }

  /** {@code MaxItemsPerBatch} as a JSONata expression or a {@code ${...}} placeholder. */
  public Batching maxItems(String expression) {
    return new Batching(Numbers.expression(expression, "expression"), null, maxInputBytes,
        maxInputBytesPath, batchInput);
  }

  /** {@code MaxItemsPerBatchPath} (JSONPath): the limit, read from the input. */
  public Batching maxItemsPath(String path) {
    return new Batching(null, Paths.text(path), maxInputBytes, maxInputBytesPath, batchInput);
  }

  /** {@code MaxInputBytesPerBatch} (at most 256 KiB). */
  public Batching maxInputBytes(int limit) {
    return new Batching(maxItems, maxItemsPath, Numbers.atLeast(limit, 1, "limit"), null,
        batchInput);
  }

  /** {@code MaxInputBytesPerBatch} as a JSONata expression or a {@code ${...}} placeholder. */
  public Batching maxInputBytes(String expression) {
    return new Batching(maxItems, maxItemsPath, Numbers.expression(expression, "expression"),
        null, batchInput);
  }

  /** {@code MaxInputBytesPerBatchPath} (JSONPath): the limit, read from the input. */
  public Batching maxInputBytesPath(String path) {
    return new Batching(maxItems, maxItemsPath, null, Paths.text(path), batchInput);
  }

  /** {@code BatchInput}: a JSON value added to every batch. */
  public Batching batchInput(Payload input) {
    return new Batching(maxItems, maxItemsPath, maxInputBytes, maxInputBytesPath,
        Objects.requireNonNull(input, "input == null"));
  }

  ItemBatcher toModel(QueryLanguage language, String pointer, List<String> problems) {
    return new ItemBatcher(maxItems, maxItemsPath, maxInputBytes, maxInputBytesPath,
        batchInput == null ? null : batchInput.render(language, pointer + "/BatchInput", problems));
  }

  /** The query languages this batcher's fields belong to. */
  Set<QueryLanguage> languages() {
    Set<QueryLanguage> used = EnumSet.noneOf(QueryLanguage.class);
    if (maxItemsPath != null || maxInputBytesPath != null) {
      used.add(QueryLanguage.JSONPATH);
    }
    for (NumberOrExpression limit : new NumberOrExpression[] {maxItems, maxInputBytes}) {
      if (Numbers.isJsonata(limit)) {
        used.add(QueryLanguage.JSONATA);
      }
    }
    if (batchInput != null) {
      used.addAll(batchInput.languages());
    }
    return used;
  }
}
