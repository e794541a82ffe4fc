package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of delimited text as objects keyed by the headers, every value a string. As AWS
 * documents and as recorded against it: a row with fewer fields than headers gets {@code ""} for
 * the missing ones, a row with more has the extra fields dropped, and a header row like {@code H1,}
 * has an empty second header, so its rows carry a {@code ""} key.
 *
 * <p>The fields are in the iteration order of a {@link HashMap} filled in header order, not in
 * header order: AWS builds each row as one. Every recorded output agrees (headers {@code 0,True,{}}
 * give {@code {"0":..,"{}":..,"True":..}}, headers {@code H1,} give {@code {"":..,"H1":..}}), as
 * does the documentation's S3 inventory item, {@code LastModifiedDate, Bucket, Size, Key}.
 */
final class CsvItems extends ItemSource {
  /** Recorded against AWS for {@code CSVHeaders} naming a header twice. */
  static final String DUPLICATE_HEADERS = "CSV headers cannot contain duplicates.";

  private final Reader reader;
  private final CsvRecords records;
  private List<String> headers;
  private int[] order;

  CsvItems(InputStream content, char delimiter, List<String> givenHeaders) {
    this.reader = new InputStreamReader(content, StandardCharsets.UTF_8);
    this.records = new CsvRecords(reader, delimiter);
    if (givenHeaders != null) {
      useHeaders(givenHeaders);
    }
  }

  /** Items of {@code content} read as {@code settings} say (headers given or in the first row). */
  static CsvItems of(InputStream content, ReaderSettings settings) {
    List<String> given =
        settings.csvHeaderLocation().equals("GIVEN") ? settings.csvHeaders() : null;
    return new CsvItems(content, settings.delimiterChar(), given);
  }

  @Override
  protected JsonNode readNext() throws IOException {
    if (headers == null) {
      List<String> first = records.next();
      if (first == null) {
        return null;
      }
      useHeaders(first);
    }
    List<String> row = records.next();
    return row == null ? null : item(row);
  }

  private JsonNode item(List<String> row) {
    ObjectNode item = Values.object();
    for (int i : order) {
      item.put(headers.get(i), i < row.size() ? row.get(i) : "");
    }
    return item;
  }

  private void useHeaders(List<String> names) {
    if (new HashSet<>(names).size() < names.size()) {
      throw new ItemReaderFailure(DUPLICATE_HEADERS);
    }
    headers = List.copyOf(names);
    order = hashMapOrder(headers);
  }

  /** The header indexes in the order a HashMap holding the headers iterates them. */
  static int[] hashMapOrder(List<String> headers) {
    HashMap<String, Integer> map = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.put(headers.get(i), i);
    }
    return map.values().stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public void close() {
    closeQuietly(reader);
  }
}
