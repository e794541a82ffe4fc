package io.statecraft.dsl.internal.value;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.dsl.map.ItemSource;
import java.util.List;
import java.util.Objects;

/**
 * The one implementation of {@link ItemSource}: the ItemReader of a distributed Map. The fields
 * from {@code inputType} on are those of its {@code ReaderConfig}.
 *
 * @param explicitConfig whether to write an empty {@code ReaderConfig} rather than none
 */
public record ItemSourceImpl(String resource, PayloadImpl request, String inputType,
    String headerLocation, List<String> headers, String delimiter, String manifestType,
    NumberOrExpression maxItems, String maxItemsPath, boolean explicitConfig)
    implements ItemSource {

  public static ItemSourceImpl listing(Object bucket, Object prefix) {
    PayloadImpl request =
        PayloadImpl.empty().put("Bucket", Objects.requireNonNull(bucket, "bucket"));
    if (prefix != null) {
      request = request.put("Prefix", prefix);
    }
    return new ItemSourceImpl("arn:aws:states:::s3:listObjectsV2", request, null, null, List.of(),
        null, null, null, null, false);
  }

  public static ItemSourceImpl file(Object bucket, Object key, String inputType) {
    PayloadImpl request = PayloadImpl.empty()
        .put("Bucket", Objects.requireNonNull(bucket, "bucket == null"))
        .put("Key", Objects.requireNonNull(key, "key == null"));
    String location = inputType.equals("CSV") ? "FIRST_ROW" : null;
    return new ItemSourceImpl("arn:aws:states:::s3:getObject", request, inputType, location,
        List.of(), null, null, null, null, false);
  }

  /** The implementation behind an item source the user passed in. */
  public static ItemSourceImpl of(ItemSource itemSource) {
    return Values.impl(itemSource, ItemSourceImpl.class, "item sources");
  }

  @Override
  public ItemSourceImpl headers(String... columns) {
    requireCsv("headers");
    return new ItemSourceImpl(resource, request, inputType, "GIVEN", List.of(columns), delimiter,
        manifestType, maxItems, maxItemsPath, explicitConfig);
  }

  @Override
  public ItemSourceImpl delimiter(String delimiter) {
    requireCsv("delimiter");
    return new ItemSourceImpl(resource, request, inputType, headerLocation, headers,
        Objects.requireNonNull(delimiter, "delimiter == null"), manifestType, maxItems,
        maxItemsPath, explicitConfig);
  }

  @Override
  public ItemSourceImpl manifestType(String type) {
    if (!"MANIFEST".equals(inputType)) {
      throw new IllegalStateException("manifestType applies to manifests, this reads " + resource);
    }
    return new ItemSourceImpl(resource, request, inputType, headerLocation, headers, delimiter,
        Objects.requireNonNull(type, "type == null"), maxItems, maxItemsPath, explicitConfig);
  }

  @Override
  public ItemSourceImpl maxItems(int limit) {
    return new ItemSourceImpl(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, Numbers.atLeast(limit, 0, "limit"), null, explicitConfig);
  }

  @Override
  public ItemSourceImpl withEmptyReaderConfig() {
    return new ItemSourceImpl(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, maxItems, maxItemsPath, true);
  }

  @Override
  public ItemSourceImpl maxItems(String expression) {
    return new ItemSourceImpl(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, Numbers.expression(expression, "expression"), null, explicitConfig);
  }

  @Override
  public ItemSourceImpl maxItemsPath(String path) {
    return new ItemSourceImpl(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, null, Paths.text(path), explicitConfig);
  }

  @Override
  public ItemSourceImpl with(String field, Object value) {
    return new ItemSourceImpl(resource, request.put(field, value), inputType, headerLocation,
        headers, delimiter, manifestType, maxItems, maxItemsPath, explicitConfig);
  }

  private void requireCsv(String what) {
    if (!"CSV".equals(inputType)) {
      throw new IllegalStateException(what + " applies to CSV files, this reads " + resource
          + (inputType == null ? "" : " as " + inputType));
    }
  }

  public ReaderConfig readerConfig() {
    if (inputType == null && maxItems == null && maxItemsPath == null && !explicitConfig) {
      return null;
    }
    return new ReaderConfig(inputType, headerLocation, headers, delimiter, manifestType, maxItems,
        maxItemsPath);
  }

  /** The query languages this reader's fields belong to. */
  public java.util.Set<QueryLanguage> languages() {
    java.util.Set<QueryLanguage> used = request.languages();
    if (maxItemsPath != null) {
      used.add(QueryLanguage.JSONPATH);
    }
    if (Numbers.isJsonata(maxItems)) {
      used.add(QueryLanguage.JSONATA);
    }
    return used;
  }
}
