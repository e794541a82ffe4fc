package io.statecraft.dsl.map;

/**
 * Where a distributed Map reads its items: an S3 listing or a CSV, JSON, JSON Lines or manifest
 * file ({@code ItemReader}). Bucket and key may be literals or expressions. Immutable.
 *
 * <pre>{@code
 * map("Score rows", scoreRow)
 *     .distributedStandard()
 *     .itemReader(s3Csv("reports", path("$.key")).maxItems(1000));
 * }</pre>
 *
 * <p>Item sources are created by the {@code s3*} methods of {@link io.statecraft.dsl.Steps}; do
 * not implement this interface.
 */
public interface ItemSource {

  /** {@code CSVHeaders} (CSV files): the column names, when the file has no header row. */
  ItemSource headers(String... columns);

  /** {@code CSVDelimiter} (CSV files): COMMA, PIPE, SEMICOLON, SPACE or TAB. */
  ItemSource delimiter(String delimiter);

  /** {@code ManifestType} (manifests): e.g. {@code ATHENA_DATA}. */
  ItemSource manifestType(String type);

  /**
   * {@code MaxItems}: read at most this many items. 0 is accepted because deployed definitions
   * use it; AWS documents no other meaning for it than "no limit given".
   */
  ItemSource maxItems(int limit);

  /**
   * Writes {@code "ReaderConfig": {}} even when no reader setting is given, as some deployed
   * definitions do; it means the same as no ReaderConfig. For imported definitions that must
   * round-trip exactly.
   */
  ItemSource withEmptyReaderConfig();

  /** {@code MaxItems} as a JSONata expression or a {@code ${...}} placeholder. */
  ItemSource maxItems(String expression);

  /** {@code MaxItemsPath} (JSONPath): the limit, read from the input. */
  ItemSource maxItemsPath(String path);

  /** Any other field of the S3 request, e.g. {@code VersionId}. */
  ItemSource with(String field, Object value);
}
