package io.statecraft.asl.map;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.NumberOrExpression;
import tools.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ItemBatcher}: items are handed to each child execution in batches.
 *
 * @param maxItemsPerBatch {@code MaxItemsPerBatch}, or null
 * @param maxItemsPerBatchPath {@code MaxItemsPerBatchPath}, or null
 * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch}, or null
 * @param maxInputBytesPerBatchPath {@code MaxInputBytesPerBatchPath}, or null
 * @param batchInput {@code BatchInput}: a JSON value added to every batch, or null
 */
public record ItemBatcher(
    NumberOrExpression maxItemsPerBatch,
    String maxItemsPerBatchPath,
    NumberOrExpression maxInputBytesPerBatch,
    String maxInputBytesPerBatchPath,
    JsonNode batchInput) {

  public ItemBatcher {
    batchInput = Copies.copy(batchInput);
  }
}
