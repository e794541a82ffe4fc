package io.statecraft.dsl.map;

import io.statecraft.dsl.payload.Payload;

/**
 * How a distributed Map groups items into batches for each child execution
 * ({@code ItemBatcher}). Immutable.
 *
 * <pre>{@code
 * map("Resize images", resize).distributedExpress()
 *     .itemBatcher(batching().maxItems(50).batchInput(payload().put("size", "small")));
 * }</pre>
 *
 * <p>Batchings are created by {@link io.statecraft.dsl.Steps#batching()}; do not implement this
 * interface.
 */
public interface Batching {

  /** {@code MaxItemsPerBatch}. */
  Batching maxItems(int limit);

  /** {@code MaxItemsPerBatch} as a JSONata expression or a {@code ${...}} placeholder. */
  Batching maxItems(String expression);

  /** {@code MaxItemsPerBatchPath} (JSONPath): the limit, read from the input. */
  Batching maxItemsPath(String path);

  /** {@code MaxInputBytesPerBatch} (at most 256 KiB). */
  Batching maxInputBytes(int limit);

  /** {@code MaxInputBytesPerBatch} as a JSONata expression or a {@code ${...}} placeholder. */
  Batching maxInputBytes(String expression);

  /** {@code MaxInputBytesPerBatchPath} (JSONPath): the limit, read from the input. */
  Batching maxInputBytesPath(String path);

  /** {@code BatchInput}: a JSON value added to every batch. */
  Batching batchInput(Payload input);
}
