package io.statecraft.dsl.internal.value;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.dsl.map.Batching;
import io.statecraft.dsl.payload.Payload;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one implementation of {@link Batching}: the ItemBatcher of a distributed Map. Each field is
 * null when not set; a limit and its {@code *Path} exclude each other.
 */
public record BatchingImpl(NumberOrExpression maxItems, String maxItemsPath,
    NumberOrExpression maxInputBytes, String maxInputBytesPath, Payload batchInput)
    implements Batching {

  public static BatchingImpl create() {
    return new BatchingImpl(null, null, null, null, null);
  }

  /** The implementation behind a batching the user passed in. */
  public static BatchingImpl of(Batching batching) {
    return Values.impl(batching, BatchingImpl.class, "batchings");
  }

  @Override
  public BatchingImpl maxItems(int limit) {
    return new BatchingImpl(Numbers.atLeast(limit, 1, "limit"), null, maxInputBytes,
        maxInputBytesPath, batchInput);
  }

  @Override
  public BatchingImpl maxItems(String expression) {
    return new BatchingImpl(Numbers.expression(expression, "expression"), null, maxInputBytes,
        maxInputBytesPath, batchInput);
  }

  @Override
  public BatchingImpl maxItemsPath(String path) {
    return new BatchingImpl(null, Paths.text(path), maxInputBytes, maxInputBytesPath, batchInput);
  }

  @Override
  public BatchingImpl maxInputBytes(int limit) {
    return new BatchingImpl(maxItems, maxItemsPath, Numbers.atLeast(limit, 1, "limit"), null,
        batchInput);
  }

  @Override
  public BatchingImpl maxInputBytes(String expression) {
    return new BatchingImpl(maxItems, maxItemsPath, Numbers.expression(expression, "expression"),
        null, batchInput);
  }

  @Override
  public BatchingImpl maxInputBytesPath(String path) {
    return new BatchingImpl(maxItems, maxItemsPath, null, Paths.text(path), batchInput);
  }

  @Override
  public BatchingImpl batchInput(Payload input) {
    return new BatchingImpl(maxItems, maxItemsPath, maxInputBytes, maxInputBytesPath,
        Objects.requireNonNull(input, "input == null"));
  }

  public ItemBatcher toModel(QueryLanguage language, String pointer, List<String> problems) {
    return new ItemBatcher(maxItems, maxItemsPath, maxInputBytes, maxInputBytesPath,
        batchInput == null
            ? null
            : PayloadImpl.of(batchInput).render(language, pointer + "/BatchInput", problems));
  }

  /** The query languages this batcher's fields belong to. */
  public Set<QueryLanguage> languages() {
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
      used.addAll(PayloadImpl.of(batchInput).languages());
    }
    return used;
  }
}
