package io.statecraft.examples;

import java.util.List;

/**
 * The input of {@link DataProcessing}: a batch of records to transform.
 *
 * <pre>{@code
 * Batch batch = new Batch("b-9", List.of(new Batch.Item("a"), new Batch.Item("b")));
 * }</pre>
 *
 * @param batchId the batch's id, the key of its summary in the table
 * @param records the records, transformed in this order
 */
public record Batch(String batchId, List<Item> records) {

  /**
   * One record of the batch.
   *
   * @param id the record's id
   */
  public record Item(String id) {}
}
