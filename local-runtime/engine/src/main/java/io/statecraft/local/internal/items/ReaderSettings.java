package io.statecraft.local.internal.items;

import java.util.List;
import java.util.Set;

/**
 * An {@code ItemReader}'s {@code ReaderConfig} once its paths and expressions are evaluated, with
 * AWS's defaults filled in: CSV headers in the {@code FIRST_ROW}, fields split at {@code COMMA}s,
 * an {@code S3_INVENTORY} manifest when the input type is {@code MANIFEST}.
 *
 * @param inputType {@code JSON}, {@code JSONL}, {@code CSV}, {@code MANIFEST}, {@code PARQUET}, or
 *     null for {@code s3:listObjectsV2}
 * @param csvHeaderLocation {@code FIRST_ROW} or {@code GIVEN}
 * @param csvHeaders the headers when the location is {@code GIVEN}; empty otherwise
 * @param csvDelimiter {@code COMMA}, {@code PIPE}, {@code SEMICOLON}, {@code SPACE} or {@code TAB}
 * @param manifestType {@code S3_INVENTORY} or {@code ATHENA_DATA} (whose listed files are read as
 *     {@code inputType}: CSV, JSONL or PARQUET); null when the object is not a manifest
 * @param maxItems how many items to read at most, 0 for all; a negative value fails the read as AWS
 *     does, one above {@value #MAX_ITEMS_LIMIT} reads at most that many
 */
public record ReaderSettings(
    String inputType,
    String csvHeaderLocation,
    List<String> csvHeaders,
    String csvDelimiter,
    String manifestType,
    long maxItems) {

  /** The largest {@code MaxItems} AWS honours. */
  public static final long MAX_ITEMS_LIMIT = 100_000_000L;

  private static final Set<String> INPUT_TYPES = Set.of("JSON", "JSONL", "CSV", "MANIFEST", "PARQUET");
  private static final Set<String> DELIMITERS = Set.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB");

  public ReaderSettings {
    csvHeaderLocation = csvHeaderLocation == null ? "FIRST_ROW" : csvHeaderLocation;
    csvHeaders = csvHeaders == null ? List.of() : List.copyOf(csvHeaders);
    csvDelimiter = csvDelimiter == null ? "COMMA" : csvDelimiter;
    if (manifestType == null && "MANIFEST".equals(inputType)) {
      manifestType = "S3_INVENTORY";
    }
    check(inputType == null || INPUT_TYPES.contains(inputType), "inputType", inputType);
    check(csvHeaderLocation.equals("FIRST_ROW") || csvHeaderLocation.equals("GIVEN"),
        "csvHeaderLocation", csvHeaderLocation);
    check(DELIMITERS.contains(csvDelimiter), "csvDelimiter", csvDelimiter);
    check(manifestType == null || manifestType.equals("S3_INVENTORY")
        || manifestType.equals("ATHENA_DATA"), "manifestType", manifestType);
  }

  /** Settings with every default for {@code inputType} (null for {@code s3:listObjectsV2}). */
  public static ReaderSettings of(String inputType) {
    return new ReaderSettings(inputType, null, List.of(), null, null, 0);
  }

  /** A copy reading at most {@code maxItems} items. */
  public ReaderSettings withMaxItems(long maxItems) {
    return new ReaderSettings(
        inputType, csvHeaderLocation, csvHeaders, csvDelimiter, manifestType, maxItems);
  }

  /** A copy whose CSV headers are given in the definition. */
  public ReaderSettings withGivenHeaders(List<String> headers) {
    return new ReaderSettings(inputType, "GIVEN", headers, csvDelimiter, manifestType, maxItems);
  }

  /** A copy splitting CSV fields at {@code delimiter}. */
  public ReaderSettings withDelimiter(String delimiter) {
    return new ReaderSettings(
        inputType, csvHeaderLocation, csvHeaders, delimiter, manifestType, maxItems);
  }

  /** The delimiter character {@link #csvDelimiter()} names. */
  char delimiterChar() {
    return switch (csvDelimiter) {
      case "PIPE" -> '|';
      case "SEMICOLON" -> ';';
      case "SPACE" -> ' ';
      case "TAB" -> '\t';
      default -> ',';
    };
  }

  /** The item count to stop at: 0 means no limit; larger values than AWS's maximum read that many. */
  long effectiveLimit() {
    if (maxItems < 0) {
      // Recorded against AWS: a MaxItemsPath resolving to -1 fails the Map Run with this cause.
      throw new ItemReaderFailure("field MaxItems must be positive");
    }
    return maxItems == 0 ? Long.MAX_VALUE : Math.min(maxItems, MAX_ITEMS_LIMIT);
  }

  private static void check(boolean valid, String name, String value) {
    if (!valid) {
      throw new IllegalArgumentException(name + " is not one AWS accepts, was " + value);
    }
  }
}
