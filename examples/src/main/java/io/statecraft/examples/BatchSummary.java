package io.statecraft.examples;

import java.util.List;

/**
 * The output of {@link DataProcessing}: how many records were transformed, and the transform
 * function's answer for each, in the order of the batch.
 *
 * <pre>{@code
 * BatchSummary summary = execution.output(BatchSummary.class);
 * int count = summary.count();
 * }</pre>
 *
 * @param count how many records were transformed
 * @param records the transformed records, in the order of the batch
 */
public record BatchSummary(int count, List<Transformed> records) {

  /**
   * What the transform function answers for a record.
   *
   * @param id the record's id
   * @param position where the record was in the batch, from 0
   */
  public record Transformed(String id, int position) {}
}
