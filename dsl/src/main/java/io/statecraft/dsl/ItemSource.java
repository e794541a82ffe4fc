package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.value.NumberOrExpression;
import java.util.List;
import java.util.Objects;

/**
 * Where a distributed Map reads its items: an S3 listing or a CSV, JSON, JSON Lines or manifest
 * file ({@code ItemReader}). Bucket and key may be literals or expressions. Immutable.
 *
 * <pre>{@code
 * map("Score rows", scoreRow)
 *     .distributedStandard()
 *     .itemReader(s3Csv("reports", path("$.key")).maxItems(1000));
 * }</pre>
 */
public final class ItemSource {

  private final String resource;
  private final Payload request;
  private final String inputType;
  private final String headerLocation;
  private final List<String> headers;
  private final String delimiter;
  private final String manifestType;
  private final NumberOrExpression maxItems;
  private final String maxItemsPath;
  private final boolean explicitConfig;

  private ItemSource(String resource, Payload request, String inputType, String headerLocation,
      List<String> headers, String delimiter, String manifestType, NumberOrExpression maxItems,
      String maxItemsPath, boolean explicitConfig) {
    this.resource = resource;
    this.request = request;
    this.inputType = inputType;
    this.headerLocation = headerLocation;
    this.headers = headers;
    this.delimiter = delimiter;
    this.manifestType = manifestType;
    this.maxItems = maxItems;
    this.maxItemsPath = maxItemsPath;
    this.explicitConfig = explicitConfig;
  }

  static ItemSource listing(Object bucket, Object prefix) {
    Payload request = Payload.empty().put("Bucket", Objects.requireNonNull(bucket, "bucket"));
    if (prefix != null) {
      request = request.put("Prefix", prefix);
    }
    return new ItemSource("arn:aws:states:::s3:listObjectsV2", request, null, null, List.of(),
        null, null, null, null, false);
  }

  static ItemSource file(Object bucket, Object key, String inputType) {
    Payload request = Payload.empty()
        .put("Bucket", Objects.requireNonNull(bucket, "bucket == null"))
        .put("Key", Objects.requireNonNull(key, "key == null"));
    String location = inputType.equals("CSV") ? "FIRST_ROW" : null;
    return new ItemSource("arn:aws:states:::s3:getObject", request, inputType, location,
        List.of(), null, null, null, null, false);
  }

  /** {@code CSVHeaders} (CSV files): the column names, when the file has no header row. */
  public ItemSource headers(String... columns) {
    requireCsv("headers");
    return new ItemSource(resource, request, inputType, "GIVEN", List.of(columns), delimiter,
        manifestType, maxItems, maxItemsPath, explicitConfig);
  }

  /** {@code CSVDelimiter} (CSV files): COMMA, PIPE, SEMICOLON, SPACE or TAB. */
  public ItemSource delimiter(String delimiter) {
    requireCsv("delimiter");
    return new ItemSource(resource, request, inputType, headerLocation, headers,
        Objects.requireNonNull(delimiter, "delimiter == null"), manifestType, maxItems,
        maxItemsPath, explicitConfig);
  }

  /** {@code ManifestType} (manifests): e.g. {@code ATHENA_DATA}. */
  public ItemSource manifestType(String type) {
    if (!"MANIFEST".equals(inputType)) {
      throw new IllegalStateException("manifestType applies to manifests, this reads " + resource);
    }
    return new ItemSource(resource, request, inputType, headerLocation, headers, delimiter,
        Objects.requireNonNull(type, "type == null"), maxItems, maxItemsPath, explicitConfig);
  }

  /**
   * {@code MaxItems}: read at most this many items. 0 is accepted because deployed definitions
   * use it; AWS documents no other meaning for it than "no limit given".
   */
  public ItemSource maxItems(int limit) {
    return new ItemSource(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, Numbers.atLeast(limit, 0, "limit"), null, explicitConfig);
  }

  /**
   * Writes {@code "ReaderConfig": {}} even when no reader setting is given, as some deployed
   * definitions do; it means the same as no ReaderConfig. For imported definitions that must
   * round-trip exactly.
   */
  public ItemSource withEmptyReaderConfig() {
    return new ItemSource(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, maxItems, maxItemsPath, true);
  }

  /** {@code MaxItems} as a JSONata expression or a {@code ${...}} placeholder. */
  public ItemSource maxItems(String expression) {
    return new ItemSource(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, Numbers.expression(expression, "expression"), null, explicitConfig);
  }

  /** {@code MaxItemsPath} (JSONPath): the limit, read from the input. */
  public ItemSource maxItemsPath(String path) {
    return new ItemSource(resource, request, inputType, headerLocation, headers, delimiter,
        manifestType, null, Paths.text(path), explicitConfig);
  }

  /** Any other field of the S3 request, e.g. {@code VersionId}. */
  public ItemSource with(String field, Object value) {
    return new ItemSource(resource, request.put(field, value), inputType, headerLocation, headers,
        delimiter, manifestType, maxItems, maxItemsPath, explicitConfig);
  }

  private void requireCsv(String what) {
    if (!"CSV".equals(inputType)) {
      throw new IllegalStateException(what + " applies to CSV files, this reads " + resource
          + (inputType == null ? "" : " as " + inputType));
    }
  }

  String resource() {
    return resource;
  }

  Payload request() {
    return request;
  }

  ReaderConfig readerConfig() {
    if (inputType == null && maxItems == null && maxItemsPath == null && !explicitConfig) {
      return null;
    }
    return new ReaderConfig(inputType, headerLocation, headers, delimiter, manifestType, maxItems,
        maxItemsPath);
  }

  /** The query languages this reader's fields belong to. */
  java.util.Set<QueryLanguage> languages() {
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
