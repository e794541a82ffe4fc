package io.statecraft.dsl;

import io.statecraft.asl.ItemBatcher;
import io.statecraft.asl.NumberOrExpression;
import io.statecraft.asl.QueryLanguage;
import java.util.List;
import java.util.Objects;

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
  private final NumberOrExpression maxInputBytes;
  private final Payload batchInput;

  private Batching(NumberOrExpression maxItems, NumberOrExpression maxInputBytes,
      Payload batchInput) {
    this.maxItems = maxItems;
    this.maxInputBytes = maxInputBytes;
    this.batchInput = batchInput;
  }

  static Batching create() {
    return new Batching(null, null, null);
  }

  /** {@code MaxItemsPerBatch}. */
  public Batching maxItems(int limit) {
    return new Batching(Numbers.atLeast(limit, 1, "limit"), maxInputBytes, batchInput);
  }

  /** {@code MaxInputBytesPerBatch} (at most 256 KiB). */
  public Batching maxInputBytes(int limit) {
    return new Batching(maxItems, Numbers.atLeast(limit, 1, "limit"), batchInput);
  }

  /** {@code BatchInput}: a JSON value added to every batch. */
  public Batching batchInput(Payload input) {
    return new Batching(maxItems, maxInputBytes, Objects.requireNonNull(input, "input == null"));
  }

  ItemBatcher toModel(QueryLanguage language, String pointer, List<String> problems) {
    return new ItemBatcher(maxItems, null, maxInputBytes, null,
        batchInput == null ? null : batchInput.render(language, pointer + "/BatchInput", problems));
  }

  Payload batchInput() {
    return batchInput;
  }
}
