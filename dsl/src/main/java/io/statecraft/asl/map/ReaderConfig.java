package io.statecraft.asl.map;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.NumberOrExpression;
import java.util.List;

/**
 * An {@code ItemReader}'s {@code ReaderConfig}. Enumerated values are kept as the strings written
 * (AWS adds new ones, e.g. input types), and checked by the validator.
 *
 * @param inputType {@code InputType}: CSV, JSON, JSONL, MANIFEST or PARQUET; or null
 * @param csvHeaderLocation {@code CSVHeaderLocation}: FIRST_ROW or GIVEN; or null
 * @param csvHeaders {@code CSVHeaders} when the location is GIVEN; empty when absent
 * @param csvDelimiter {@code CSVDelimiter}: COMMA, PIPE, SEMICOLON, SPACE or TAB; or null
 * @param manifestType {@code ManifestType}: ATHENA_DATA or S3_INVENTORY; or null
 * @param maxItems {@code MaxItems}, or null
 * @param maxItemsPath {@code MaxItemsPath}, or null
 */
public record ReaderConfig(
    String inputType,
    String csvHeaderLocation,
    List<String> csvHeaders,
    String csvDelimiter,
    String manifestType,
    NumberOrExpression maxItems,
    String maxItemsPath) {

  public ReaderConfig {
    csvHeaders = Copies.list(csvHeaders);
  }
}
